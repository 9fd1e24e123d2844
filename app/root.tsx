import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import type { ReactNode } from 'react'
import { focusRing } from '~/components/focus-ring'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { useNonce } from '~/nonce'
import stylesheet from '~/tailwind.css'

type RootViewer = { id: string; email: string; name: string | null }

const RootViewerQuery = graphql(`
  query RootViewer {
    viewer {
      id
      email
      name
    }
  }
`)

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction = () => [
  { title: 'Encore — mock interviews that coach you' },
  {
    name: 'description',
    content: 'Practise interviews for the job you want and get scored on every answer.',
  },
]

export async function loader({ context }: LoaderFunctionArgs) {
  const { data } = await query(context, RootViewerQuery)
  return { viewer: data.viewer }
}

export function Layout({ children }: { children: ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>('root')
  const nonce = useNonce()
  return (
    <html lang="en" className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col">
        <SiteHeader viewer={rootData?.viewer ?? null} />
        <main className="flex-1">{children}</main>
        <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-500">
          Encore is open source and self-hostable.{' '}
          <Link to="/privacy" className="underline hover:text-slate-700">
            Privacy and your data
          </Link>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

function SiteHeader({ viewer }: { viewer: RootViewer | null }) {
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6"
      >
        <Link
          to="/"
          className={`flex items-center gap-2 rounded-lg text-lg font-semibold tracking-tight ${focusRing}`}
        >
          <img src="/favicon.svg" alt="" className="h-7 w-7" />
          Encore
        </Link>
        {viewer ? (
          <div className="flex items-center gap-4 text-sm">
            <Link
              to="/dashboard"
              className={`rounded-sm font-medium text-slate-700 hover:text-indigo-600 ${focusRing}`}
            >
              Dashboard
            </Link>
            <span className="hidden text-slate-500 sm:inline" data-testid="viewer-email">
              {viewer.email}
            </span>
            <Form method="post" action="/signout">
              <button
                type="submit"
                className={`rounded-lg border border-slate-300 px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100 ${focusRing}`}
              >
                Sign out
              </button>
            </Form>
          </div>
        ) : (
          <div className="flex items-center gap-2 text-sm">
            <Link
              to="/signin"
              className={`rounded-lg px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100 ${focusRing}`}
            >
              Sign in
            </Link>
            <Link
              to="/signup"
              className={`rounded-lg bg-indigo-600 px-3 py-1.5 font-medium text-white shadow-sm hover:bg-indigo-500 ${focusRing}`}
            >
              Sign up
            </Link>
          </div>
        )}
      </nav>
    </header>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  const error = useRouteError()
  const title = isRouteErrorResponse(error)
    ? error.status === 404
      ? 'Page not found'
      : `Something went wrong (${error.status})`
    : 'Something went wrong'
  const detail = isRouteErrorResponse(error)
    ? error.status === 404
      ? 'There is nothing at this address.'
      : typeof error.data === 'string'
        ? error.data
        : error.statusText
    : 'An unexpected error happened. Try again in a moment.'
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-slate-600">{detail}</p>
      <Link
        to="/"
        className={`mt-6 inline-block rounded-sm font-medium text-indigo-600 hover:text-indigo-500 ${focusRing}`}
      >
        Back to the home page
      </Link>
    </div>
  )
}
