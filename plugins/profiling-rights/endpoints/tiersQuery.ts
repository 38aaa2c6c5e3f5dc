import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../types'

import { describeTiers } from './describeTiers'

type GraphQL = typeof import('graphql')

/** The same as GET /api/tiers, as the GraphQL query `Tiers`. */
export const tiersQuery = (GraphQL: GraphQL, options: ResolvedOptions) => {
  const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const int = { type: new GraphQLNonNull(GraphQLInt) }
  const rightNames = Object.keys(options.tiers[0]?.rights ?? {})
  const Tier = new GraphQLObjectType({
    fields: {
      fee: int,
      key: { type: new GraphQLNonNull(GraphQLString) },
      label: {
        type: new GraphQLNonNull(
          new GraphQLObjectType({ fields: { da: { type: GraphQLString }, en: { type: GraphQLString } }, name: 'TierLabel' }),
        ),
      },
      publicationCopies: int,
      rights: {
        type: new GraphQLNonNull(
          new GraphQLObjectType({
            fields: Object.fromEntries(rightNames.map((right) => [right, { type: new GraphQLNonNull(GraphQLBoolean) }])),
            name: 'TierRights',
          }),
        ),
      },
      seats: {
        type: new GraphQLNonNull(new GraphQLObjectType({ fields: { offered: int, taken: int }, name: 'TierSeats' })),
      },
      steeringMeetings: int,
      tickets: int,
      workingMeetings: int,
    },
    name: 'Tier',
  })
  return {
    resolve: (_root: unknown, _args: unknown, context: { req: PayloadRequest }) => describeTiers(context.req, options),
    type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Tier))),
  }
}
