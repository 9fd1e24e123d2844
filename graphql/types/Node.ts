import { resolveNodes } from '@pothos/plugin-relay'
import { builder } from '../builder.ts'
import { parseGlobalId } from '../global-ids.ts'
import { ValidationFailedError } from '../../interview/errors.ts'

/** A page of a connection is 100 at most; so is one `nodes` call. */
export const maxNodeIds = 100

// The relay plugin's own node/nodes throw on a malformed id (and one bad id fails all of
// `nodes`); here an id that names nothing of yours is null, like another user's (decision 060).
const NodeRef = builder.nodeInterfaceRef()

builder.queryField('node', (t) =>
  t.field({
    type: NodeRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx, info) => {
      const [node] = await resolveNodes(builder, ctx, info, [parseGlobalId(id)])
      return (await node) as never
    },
  }),
)

builder.queryField('nodes', (t) =>
  t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (_root, { ids }, ctx, info) => {
      if (ids.length > maxNodeIds)
        throw new ValidationFailedError([
          { path: ['ids'], message: `Ask for at most ${maxNodeIds} ids at a time` },
        ])
      return (await Promise.all(
        await resolveNodes(
          builder,
          ctx,
          info,
          ids.map((id) => parseGlobalId(id)),
        ),
      )) as never
    },
  }),
)
