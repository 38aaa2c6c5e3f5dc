import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  JoinQuery,
  SelectExcludeType,
  SelectIncludeType,
  SelectType,
  TypedFallbackLocale,
  TypedLocale,
} from 'payload'

import { getSelectMode } from 'payload/shared'

import { isStaff, partnerIdOf } from '../access/viewer'

/** `select` with `fields` taken out: removed from an include list, added to an exclude list. */
const without = (select: SelectType | undefined, fields: string[]): SelectType => {
  if (select && getSelectMode(select) === 'include') {
    const kept: SelectIncludeType = { ...(select as SelectIncludeType) }
    fields.forEach((name) => delete kept[name])
    return kept
  }
  const excluded: SelectExcludeType = { ...(select as SelectExcludeType | undefined) }
  fields.forEach((name) => (excluded[name] = false))
  return excluded
}

/**
 * What to read of `fields` alone, as `select` asked for them: an include list keeps just their
 * entries; otherwise each of them it does not leave out. Exclusions inside one of them (say
 * `contacts: { phone: false }`) cannot be said in an include list: then `select` itself.
 * Payload adds the forced fields (the tier and status field access reads).
 */
const onlyFields = (select: SelectType | undefined, fields: string[]): SelectType => {
  if (select && getSelectMode(select) === 'include') {
    return Object.fromEntries(
      fields.filter((name) => select[name]).map((name) => [name, select[name]]),
    ) as SelectIncludeType
  }
  if (fields.some((name) => typeof select?.[name] === 'object')) {
    return select as SelectType
  }
  return Object.fromEntries(
    fields.filter((name) => select?.[name] !== false).map((name) => [name, true]),
  )
}

/**
 * Set on a partner user's list query whose private fields were left out: what to read of them
 * for its own partner (`onlyFields`), for `ownPrivateFieldsFilledIn`. A symbol, so it survives
 * `{ ...args }` in later hooks and cannot collide with Payload's arguments.
 */
const fillInSelect = Symbol('privateFieldsLeftOut.fillInSelect')

type ReadArgs = {
  currentDepth?: number
  depth?: number
  draft?: boolean
  [fillInSelect]?: SelectType
  id?: number | string
  overrideAccess?: boolean
  populate?: Record<string, SelectType>
  select?: SelectType
  showHiddenFields?: boolean
}

/**
 * Private partner fields (`privateRead`) are for staff and the partner's own users only. Every
 * other read leaves them out of the query: they are never loaded from the database, and Payload
 * checks no field access for them, document by document. The answer is the same as when field
 * access removes them.
 *
 * - The public, and a partner user reading another partner by id: left out.
 * - A partner user reading its own partner by id: kept, as staff keep them.
 * - A partner user's list (`find`): left out for every partner, then filled in for its own
 *   partner alone by `ownPrivateFieldsFilledIn`, one lookup, rather than loaded and checked for
 *   all of them (a list of 100 partners cost 1.11× without this).
 */
export const privateFieldsLeftOut =
  (fields: string[]): CollectionBeforeOperationHook =>
  ({ args, operation, req: { user } }) => {
    const { id, overrideAccess, select } = args as ReadArgs
    if (operation !== 'read' || overrideAccess || isStaff(user)) {
      return args
    }
    const own = partnerIdOf(user)
    if (own !== undefined && id !== undefined && String(id) === String(own)) {
      return args
    }
    const leftOut = { ...args, select: without(select, fields) }
    const fillIn = onlyFields(select, fields)
    // A list that asks for none of them needs no lookup.
    return own !== undefined && id === undefined && Object.keys(fillIn).length
      ? { ...leftOut, [fillInSelect]: fillIn }
      : leftOut
  }

/**
 * A field's value that GraphQL reads only if the query asks for the field: graphql-js awaits any
 * value with a `then` and calls it only when it resolves that field. `read` is the shared lookup.
 */
const readWhenAsked = (
  read: () => Promise<null | Record<string, unknown>>,
  name: string,
): PromiseLike<unknown> => ({
  then: (onFulfilled, onRejected) =>
    read()
      .then((doc) => doc?.[name])
      .then(onFulfilled, onRejected),
})

/**
 * After a partner user's list whose private fields `privateFieldsLeftOut` left out: when its own
 * partner is in the page, reads those fields of that partner by id, as the list asked for them
 * (its `select`, depth, `populate`, locale), so they come through the same field access and hooks
 * as any read, and puts them into the list's document. No lookup when it is not in the page.
 *
 * On GraphQL the lookup waits until the query resolves one of those fields (`readWhenAsked`), and
 * runs once for all of them: the website's queries ask for none and cost no lookup.
 */
export const ownPrivateFieldsFilledIn =
  (fields: string[]): CollectionAfterOperationHook =>
  async ({ args, collection, operation, req, result }) => {
    const select = (args as ReadArgs)[fillInSelect]
    if (operation !== 'find' || !select) {
      return result
    }
    const own = partnerIdOf(req.user)
    const { docs } = result as { docs: Array<{ id: number | string } & Record<string, unknown>> }
    const doc = docs.find((candidate) => String(candidate.id) === String(own))
    if (!doc) {
      return result
    }
    const { currentDepth, depth, draft, populate, showHiddenFields } = args as ReadArgs
    let lookup: Promise<null | Record<string, unknown>> | undefined
    const read = () =>
      (lookup ??= req.payload.findByID({
        id: doc.id,
        collection: collection.slug,
        currentDepth,
        depth,
        disableErrors: true,
        draft,
        // The Local API would otherwise reset the request's fallback locale, which a GraphQL
        // query's later resolvers still read.
        fallbackLocale: req.fallbackLocale as TypedFallbackLocale,
        // Only the private fields are read; a partner's joins (its cases, posts) are not among them.
        joins: false as JoinQuery,
        locale: req.locale as TypedLocale,
        overrideAccess: false,
        populate,
        req,
        select,
        showHiddenFields,
      }) as Promise<null | Record<string, unknown>>)
    if (req.payloadAPI === 'GraphQL') {
      for (const name of fields) {
        doc[name] = readWhenAsked(read, name)
      }
      return result
    }
    const filled = await read()
    for (const name of fields) {
      if (filled && name in filled) {
        doc[name] = filled[name]
      }
    }
    return result
  }
