import type { CollectionAfterChangeHook, Plugin, TypeWithID } from 'payload'

type AfterChangeArgs = Parameters<CollectionAfterChangeHook>[0]

type StoredDocument = Record<string, unknown> & TypeWithID

/**
 * The document as the write just stored it: its latest version (a draft if one was saved), every
 * field, relations as ids, in the request's locale. A write's `select`, `depth` and `draft` only say
 * what the client wants back; anything derived from a write (search entries, notifications) reads
 * this instead of the response, so a narrow `select` cannot make a draft look published.
 */
export const storedDocument = async <T extends TypeWithID = StoredDocument>({
  collection,
  doc,
  req,
}: { doc: TypeWithID } & Pick<AfterChangeArgs, 'collection' | 'req'>): Promise<T> =>
  (await req.payload.findByID({
    id: doc.id,
    collection: collection.slug,
    depth: 0,
    draft: true,
    locale: req.locale ?? undefined,
    overrideAccess: true,
    req,
  })) as unknown as T

/** An afterChange hook that derives something from the stored document; the response stays as it was. */
const onStoredDocument =
  (hook: CollectionAfterChangeHook, forget: string[]): CollectionAfterChangeHook =>
  async (args) => {
    for (const key of forget) {
      delete args.req.context[key]
    }
    await hook({ ...args, doc: await storedDocument(args) })
    return args.doc
  }

export type DeriveOptions = {
  /**
   * Keys of `req.context` in which the plugin remembers work done earlier in the request, cleared
   * before each run: a run from the stored document gives the same result however often it runs,
   * and one request may write a document more than once (several GraphQL mutations).
   */
  forget?: string[]
}

/**
 * Applies `plugin`, then hands the afterChange hooks it added to collections the stored document
 * instead of the response (see `storedDocument`). For plugins that keep derived data, such as the
 * official search plugin, whose hook decides "published or not" from the response's `_status`.
 */
export const deriveFromStoredDocuments =
  (plugin: Plugin, { forget = [] }: DeriveOptions = {}): Plugin =>
  async (config) => {
    const own = new Map(
      (config.collections ?? []).map((collection) => [
        collection.slug,
        collection.hooks?.afterChange ?? [],
      ]),
    )
    const applied = await plugin(config)
    return {
      ...applied,
      collections: applied.collections?.map((collection) => {
        const hooks = collection.hooks?.afterChange
        if (!hooks) {
          return collection
        }
        const before = own.get(collection.slug) ?? []
        const afterChange = hooks.map((hook) =>
          before.includes(hook) ? hook : onStoredDocument(hook, forget),
        )
        return { ...collection, hooks: { ...collection.hooks, afterChange } }
      }),
    }
  }
