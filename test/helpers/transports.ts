import type { CollectionSlug, Payload, Where } from 'payload'

import { formatNames, toWords } from 'payload'
import { stringify } from 'qs-esm'

import type { TestApp } from './testApp'

/** Who asks: anonymous, or a logged-in user (token for HTTP, user document for the Local API). */
export type Viewer = {
  name: string
  token?: string
  user?: { id: number } & Record<string, unknown>
}

/** Either documents, or a refusal with its HTTP-like status and message. */
export type Outcome = { docs: any[]; ok: true } | { message: string; ok: false; status: number }

export type FindArgs = {
  depth?: number
  select?: Record<string, true>
  sort?: string
  where?: Where
}

export type Transport = {
  create: (
    viewer: Viewer,
    collection: CollectionSlug,
    data: Record<string, unknown>,
    fields: string,
  ) => Promise<Outcome>
  find: (
    viewer: Viewer,
    collection: CollectionSlug,
    args: FindArgs,
    fields: string,
  ) => Promise<Outcome>
  name: 'GraphQL' | 'Local API' | 'REST'
  update: (
    viewer: Viewer,
    collection: CollectionSlug,
    id: number,
    data: Record<string, unknown>,
    fields: string,
  ) => Promise<Outcome>
}

const refusal = (status: number, body: any): Outcome => ({
  message:
    body?.errors?.map((error: { message: string }) => error.message).join(' ') ?? String(body),
  ok: false,
  status,
})

const rest = (app: TestApp): Transport => {
  const answer = ({ body, status }: { body: any; status: number }, list: boolean): Outcome =>
    status < 300 ? { docs: list ? body.docs : [body.doc], ok: true } : refusal(status, body)
  return {
    name: 'REST',
    create: async (viewer, collection, data) =>
      answer(
        await app.api(`/api/${collection}`, { body: data, method: 'POST', token: viewer.token }),
        false,
      ),
    find: async (viewer, collection, { depth = 0, ...args }) =>
      answer(
        await app.api(`/api/${collection}?${stringify({ ...args, depth, limit: 100 })}`, {
          token: viewer.token,
        }),
        true,
      ),
    update: async (viewer, collection, id, data) =>
      answer(
        await app.api(`/api/${collection}/${id}`, {
          body: data,
          method: 'PATCH',
          token: viewer.token,
        }),
        false,
      ),
  }
}

/** A collection's GraphQL names: from the slug unless the collection sets its own. */
export const graphQLNames = (payload: Payload, collection: CollectionSlug) => {
  const fromSlug = formatNames(collection)
  const { graphQL } = payload.collections[collection].config
  return {
    pluralName: graphQL && graphQL.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural,
    singularName:
      graphQL && graphQL.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular,
  }
}

const graphql = (app: TestApp, payload: Payload): Transport => {
  const names = (collection: CollectionSlug) => graphQLNames(payload, collection)
  const answer = async (
    query: string,
    variables: Record<string, unknown>,
    viewer: Viewer,
    pick: (data: any) => any[],
  ) => {
    const { body, status } = await app.graphql(query, variables, viewer.token)
    if (body.errors?.length) {
      const statusCode = (body.errors[0].extensions as { statusCode?: number } | undefined)
        ?.statusCode
      return refusal(statusCode ?? (status === 200 ? 400 : status), body)
    }
    return { docs: pick(body.data), ok: true } as Outcome
  }
  return {
    create: (viewer, collection, data, fields) => {
      const { singularName } = names(collection)
      return answer(
        `mutation ($data: mutation${singularName}Input!) { create${singularName}(data: $data) { ${fields} } }`,
        { data },
        viewer,
        (result) => [result[`create${singularName}`]],
      )
    },
    // GraphQL has no `select` (the selection is the select) and no `depth` (nesting is the depth).
    name: 'GraphQL',
    find: (viewer, collection, { sort, where }, fields) => {
      const { pluralName, singularName } = names(collection)
      return answer(
        `query ($where: ${singularName}_where, $sort: String) { ${pluralName}(where: $where, sort: $sort, limit: 100) { docs { ${fields} } } }`,
        { sort, where },
        viewer,
        (result) => result[pluralName].docs,
      )
    },
    update: (viewer, collection, id, data, fields) => {
      const { singularName } = names(collection)
      return answer(
        `mutation ($id: Int!, $data: mutation${singularName}UpdateInput!) { update${singularName}(id: $id, data: $data) { ${fields} } }`,
        { id, data },
        viewer,
        (result) => [result[`update${singularName}`]],
      )
    },
  }
}

const local = (payload: Payload): Transport => {
  const attempt = async (run: () => Promise<any[]>): Promise<Outcome> => {
    try {
      return { docs: await run(), ok: true }
    } catch (error) {
      const { message, status } = error as { message: string; status?: number }
      return { message, ok: false, status: status ?? 500 }
    }
  }
  const as = (viewer: Viewer) => ({ overrideAccess: false, user: viewer.user ?? null })
  return {
    name: 'Local API',
    create: (viewer, collection, data) =>
      attempt(async () => [
        await payload.create({ collection, data: data as never, ...as(viewer) }),
      ]),
    find: (viewer, collection, { depth = 0, select, sort, where }) =>
      attempt(
        async () =>
          (
            await payload.find({
              collection,
              depth,
              limit: 100,
              select,
              sort,
              where,
              ...as(viewer),
            })
          ).docs,
      ),
    update: (viewer, collection, id, data) =>
      attempt(async () => [
        await payload.update({ id, collection, data: data as never, ...as(viewer) }),
      ]),
  }
}

/** The same questions over every way in: REST, GraphQL and the Local API without overrideAccess. */
export const transports = (app: TestApp, payload: Payload): Transport[] => [
  rest(app),
  graphql(app, payload),
  local(payload),
]
