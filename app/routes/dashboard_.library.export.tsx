import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireViewer } from '~/components/library/library.server'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'

const ExportQuery = graphql(`
  query LibraryExport($job: ID) {
    viewer {
      id
      storiesMarkdown(jobDescriptionId: $job)
    }
  }
`)

/** GET /dashboard/library/export[?job=…]: the API's Markdown export, as a file download. */
export async function loader({ context, request }: LoaderFunctionArgs) {
  await requireViewer(context, request)
  const job = new URL(request.url).searchParams.get('job') || null
  const { data } = await query(context, ExportQuery, { job })
  const markdown = data.viewer?.storiesMarkdown
  if (markdown == null) throw new Response('There is no such job description.', { status: 404 })
  return new Response(markdown, {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="${job ? 'star-stories-for-job' : 'star-stories'}.md"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
