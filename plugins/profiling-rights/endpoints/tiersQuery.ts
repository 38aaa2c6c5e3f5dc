import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../types'

import { describeTiers } from './describeTiers'

type GraphQL = typeof import('graphql')

/** The same as GET /api/tiers, as the GraphQL query `Tiers`. */
export const tiersQuery = (GraphQL: GraphQL, options: ResolvedOptions) => {
  const {
    GraphQLBoolean,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const int = { type: new GraphQLNonNull(GraphQLInt) }
  const rightNames = Object.keys(options.tiers[0]?.rights ?? {})
  const Tier = new GraphQLObjectType({
    name: 'Tier',
    fields: {
      fee: int,
      key: { type: new GraphQLNonNull(GraphQLString) },
      label: {
        type: new GraphQLNonNull(
          new GraphQLObjectType({
            name: 'TierLabel',
            fields: { da: { type: GraphQLString }, en: { type: GraphQLString } },
          }),
        ),
      },
      publicationCopies: int,
      rights: {
        type: new GraphQLNonNull(
          new GraphQLObjectType({
            name: 'TierRights',
            fields: Object.fromEntries(
              rightNames.map((right) => [right, { type: new GraphQLNonNull(GraphQLBoolean) }]),
            ),
          }),
        ),
      },
      seats: {
        type: new GraphQLNonNull(
          new GraphQLObjectType({ name: 'TierSeats', fields: { offered: int, taken: int } }),
        ),
      },
      steeringMeetings: int,
      tickets: int,
      workingMeetings: int,
    },
  })
  return {
    type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Tier))),
    resolve: (_root: unknown, _args: unknown, context: { req: PayloadRequest }) =>
      describeTiers(context.req, options),
  }
}
