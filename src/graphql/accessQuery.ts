import type { GraphQLFieldConfig, GraphQLOutputType } from 'graphql'
import type { Config } from 'payload'

import { getNullableType, GraphQLBoolean, GraphQLObjectType } from 'graphql'

type Queries = NonNullable<NonNullable<Config['graphQL']>['queries']>

/**
 * Payload 3.90.1's `Access` query answers 500 ("Cannot return null for non-nullable field
 * …ReadAccess.permission") whenever a permission is unconditional: its permission report shortens
 * `{ permission: true }` to `true` (and drops `false`), while the GraphQL type still expects the
 * long form. This gives the report back in the shape of the type: `{ permission, where }` for each
 * operation, `false` where the short form left something out.
 */
const expand = (type: GraphQLOutputType, value: unknown): unknown => {
  const named = getNullableType(type)
  if (named === GraphQLBoolean) return Boolean(value)
  if (!(named instanceof GraphQLObjectType)) return value
  const fields = named.getFields()
  if ('permission' in fields && typeof value !== 'object') return { permission: Boolean(value) }
  const source = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  // A whole entry shortened to `true` (or left out) means the same for everything under it.
  const inherited = typeof value === 'boolean' ? value : false
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [name, expand(field.type, name in source ? source[name] : inherited)]),
  )
}

/** Replaces Payload's `Access` query resolver with one whose answer fits its type (see `expand`). */
export const accessQuery: Queries = (_GraphQL, context) => {
  const original = (context as unknown as { Query: { fields: Record<string, GraphQLFieldConfig<unknown, unknown>> } }).Query.fields.Access
  return {
    Access: {
      ...original,
      resolve: async (...args: Parameters<NonNullable<typeof original.resolve>>) => expand(original.type, await original.resolve?.(...args)),
    },
  }
}
