import type { Access, AccessArgs, AccessResult, FieldAccess, Where } from 'payload'

import { combineWhereConstraints } from 'payload/shared'

const isWhere = (result: AccessResult): result is Where =>
  typeof result === 'object' && result !== null

/** A constraint with no condition in it lets everything through, as `true` does. */
const allows = (result: AccessResult) =>
  result === true || (isWhere(result) && Object.keys(result).length === 0)

/** What Payload does when a collection sets no access function: logged-in users only. */
const payloadDefault: Access = ({ req: { user } }) => Boolean(user)

/** Allowed if either allows: true wins, two constraints are OR-ed. */
export const anyOf =
  (first: Access | undefined, second: Access): Access =>
  async (args: AccessArgs) => {
    const [a, b] = await Promise.all([(first ?? payloadDefault)(args), second(args)])
    if (allows(a) || allows(b)) {
      return true
    }
    if (isWhere(a) && isWhere(b)) {
      return combineWhereConstraints([a, b], 'or')
    }
    return isWhere(a) ? a : isWhere(b) ? b : false
  }

/** Allowed only if both allow: false wins, two constraints are AND-ed. */
export const allOf =
  (first: Access | undefined, second: Access): Access =>
  async (args: AccessArgs) => {
    const [a, b] = await Promise.all([(first ?? payloadDefault)(args), second(args)])
    if (a === false || b === false) {
      return false
    }
    if (a === true) {
      return b
    }
    if (b === true) {
      return a
    }
    return combineWhereConstraints([a, b])
  }

/** Field access: both must allow. Synchronous when both are (it runs per field per document). */
export const bothFields = (first: FieldAccess | undefined, second: FieldAccess): FieldAccess =>
  first
    ? (args) => {
        const a = first(args)
        if (a instanceof Promise) {
          return a.then((allowed) => allowed && second(args))
        }
        return a && second(args)
      }
    : second
