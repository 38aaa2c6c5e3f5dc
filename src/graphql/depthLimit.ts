import {
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

/**
 * Refuses operations nested deeper than `max` selection levels (fragments followed), before
 * anything runs: relationships let a query walk case → models → examples → models … forever.
 */
export const depthLimit =
  (max: number): ValidationRule =>
  (context) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter(
          (definition): definition is FragmentDefinitionNode =>
            definition.kind === Kind.FRAGMENT_DEFINITION,
        )
        .map((fragment) => [fragment.name.value, fragment]),
    )
    const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: string[]): number => {
      let deepest = 0
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (selection.selectionSet) {
            deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visiting))
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting))
        } else if (!visiting.includes(selection.name.value)) {
          const fragment = fragments.get(selection.name.value)
          deepest = Math.max(
            deepest,
            depthOf(fragment?.selectionSet, [...visiting, selection.name.value]),
          )
        }
      }
      return deepest
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, [])
        if (depth > max) {
          context.reportError(
            new GraphQLError(
              `The query is nested ${depth} levels deep; at most ${max} are allowed.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }
