import type { GraphQLFieldConfig, GraphQLOutputType } from 'graphql'
import type { Config } from 'payload'

import { getNullableType, GraphQLBoolean, GraphQLObjectType } from 'graphql'

type Queries = NonNullable<NonNullable<Config['graphQL']>['queries']>

/**
 * Payload 3.90.1's permission queries (`Access`, `docAccess…`) answer 500 ("Cannot return null for non-nullable field
 * …ReadAccess.permission") whenever a permission is unconditional: its permission report shortens
 * `{ permission: true }` to `true` (and drops `false`), while the GraphQL type still expects the
 * long form. This gives the report back in the shape of the type: `{ permission, where }` for each
 * operation, `false` where the short form left something out.
 */
const expand = (type: GraphQLOutputType, value: unknown): unknown => {
  const named = getNullableType(type)
  if (named === GraphQLBoolean) {
    return Boolean(value)
  }
  if (!(named instanceof GraphQLObjectType)) {
    return value
  }
  const fields = named.getFields()
  if ('permission' in fields && typeof value !== 'object') {
    return { permission: Boolean(value) }
  }
  const source = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  // A whole entry shortened to `true` (or left out) means the same for everything under it.
  const inherited = typeof value === 'boolean' ? value : false
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      expand(field.type, name in source ? source[name] : inherited),
    ]),
  )
}

/** Payload's permission queries: `Access`, and `docAccess…` for each collection and global. */
const isPermissionQuery = (name: string) => name === 'Access' || name.startsWith('docAccess')

/** Replaces the resolvers of Payload's permission queries with ones whose answers fit their types (see `expand`). */
export const permissionQueries: Queries = (_GraphQL, context) => {
  const fields = (
    context as unknown as {
      Query: { fields: Record<string, GraphQLFieldConfig<unknown, unknown>> }
    }
  ).Query.fields
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([name]) => isPermissionQuery(name))
      .map(([name, original]) => [
        name,
        {
          ...original,
          resolve: async (...args: Parameters<NonNullable<typeof original.resolve>>) =>
            expand(original.type, await original.resolve?.(...args)),
        },
      ]),
  )
}
