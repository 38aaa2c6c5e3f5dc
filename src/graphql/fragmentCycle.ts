import { type DocumentNode, Kind, parse, visit } from 'graphql'

const spreadsIn = (node: object): string[] => {
  const names: string[] = []
  visit(node as DocumentNode, { FragmentSpread: (spread) => void names.push(spread.name.value) })
  return names
}

/**
 * The name of a fragment that spreads itself, directly or through others, if the query has
 * one. GraphQL refuses such a query in validation, but Payload's complexity estimate runs in
 * the same pass and recurses through the cycle until the stack overflows (a 500), so it is
 * caught before. Queries that do not parse are left to GraphQL's own error.
 */
export const fragmentCycle = (query: string): string | undefined => {
  let document: DocumentNode
  try {
    document = parse(query, { noLocation: true })
  } catch {
    return undefined
  }
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      spreads.set(definition.name.value, spreadsIn(definition.selectionSet))
    }
  }
  const done = new Set<string>()
  const cycleFrom = (name: string, path: string[]): string | undefined => {
    if (path.includes(name)) {
      return name
    }
    if (done.has(name)) {
      return undefined
    }
    for (const next of spreads.get(name) ?? []) {
      const found = cycleFrom(next, [...path, name])
      if (found) {
        return found
      }
    }
    done.add(name)
    return undefined
  }
  for (const name of spreads.keys()) {
    const found = cycleFrom(name, [])
    if (found) {
      return found
    }
  }
  return undefined
}
