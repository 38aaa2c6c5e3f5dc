import type { PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'
import { extractID } from 'payload/shared'

import type {
  CatalogueContent,
  PrintedCase,
  PrintedPartner,
} from '../../../src/publication/catalogueContent'

import { catalogueLocale } from '../../../src/publication/catalogueWords'

const ids = (values: Array<{ id: number } | number> | null | undefined): number[] =>
  (values ?? []).map((value) => extractID(value))

/** The same request as a visitor with no login: what the public may see. */
const asAnonymous = (req: PayloadRequest): PayloadRequest => {
  const anonymous = isolateObjectProperty(req, ['user', 'context'])
  anonymous.user = null
  anonymous.context = {}
  return anonymous
}

/**
 * The catalogue as its print shows it, or null when there is none to show (the published
 * catalogue for everyone; `draft` — only asked for by staff and preview keys — its latest draft
 * and the drafts of its models and cases). Every read is `overrideAccess: false`: the published
 * one as an anonymous visitor, a draft as the requester. Partners are always read as the public
 * reads them (only active ones; logos only where the tier shows them), whoever asks.
 */
export const loadCatalogue = async (
  req: PayloadRequest,
  draft: boolean,
): Promise<CatalogueContent | null> => {
  const locale = catalogueLocale(req.locale)
  const anonymous = asAnonymous(req)
  const reader = draft ? req : anonymous
  const read = { depth: 0, draft, locale, overrideAccess: false, req: reader } as const
  const { payload } = req

  const catalog = await payload.findGlobal({ slug: 'catalog', ...read })
  // Never saved (no title yet), or not published for a published print.
  if (!catalog.title || (!draft && catalog._status !== 'published')) {
    return null
  }
  const modelIds = ids(catalog.models)
  const models = await payload.find({
    collection: 'models',
    ...read,
    pagination: false,
    select: {
      addedValue: true,
      body: true,
      checklist: true,
      examples: true,
      principles: true,
      strengths: true,
      summary: true,
      title: true,
      transferability: true,
      weaknesses: true,
    },
    where: { id: { in: modelIds } },
  })
  const caseIds = [...new Set(models.docs.flatMap((model) => ids(model.examples)))]
  const [cases, principles, dilemmas, partners] = await Promise.all([
    payload.find({
      collection: 'cases',
      ...read,
      pagination: false,
      select: {
        documentedValue: true,
        organisation: true,
        results: true,
        summary: true,
        title: true,
      },
      where: { id: { in: caseIds } },
    }),
    payload.find({
      collection: 'principles',
      ...read,
      pagination: false,
      select: { number: true, text: true, title: true },
      sort: 'number',
    }),
    payload.find({
      collection: 'dilemmas',
      ...read,
      pagination: false,
      select: {
        body: true,
        models: true,
        perspectives: true,
        question: true,
        summary: true,
        title: true,
      },
      sort: 'title',
    }),
    payload.find({
      collection: 'partners',
      // The logo with its file's name (and where it is stored), for print.
      depth: 1,
      locale,
      overrideAccess: false,
      pagination: false,
      populate: {
        logos: {
          _objectKey: true,
          alt: true,
          filename: true,
          prefix: true,
          sizes: true,
          updatedAt: true,
        },
      },
      req: anonymous,
      select: { name: true, logo: true, website: true },
      where: {
        id: { in: [...ids(catalog.forewordSignatories), ...ids(catalog.partnersListed)] },
      },
    }),
  ])

  const caseById = new Map<number, PrintedCase>(cases.docs.map((kase) => [kase.id, kase]))
  const partnerById = new Map(
    partners.docs.map((partner) => [partner.id, partner as unknown as PrintedPartner]),
  )
  const modelById = new Map(models.docs.map((model) => [model.id, model]))
  const partnersIn = (list: typeof catalog.partnersListed) =>
    ids(list).flatMap((id) => partnerById.get(id) ?? [])

  return {
    dilemmas: dilemmas.docs.map((dilemma) => ({ ...dilemma, models: ids(dilemma.models) })),
    draft,
    foreword: catalog.foreword,
    forewordSignatories: partnersIn(catalog.forewordSignatories),
    locale,
    // In the catalogue's order; a model the reader may not see is left out.
    models: modelIds.flatMap((id) => {
      const model = modelById.get(id)
      return model
        ? [
            {
              ...model,
              examples: ids(model.examples).flatMap((caseId) => caseById.get(caseId) ?? []),
              principles: ids(model.principles),
            },
          ]
        : []
    }),
    partnersListed: partnersIn(catalog.partnersListed),
    principles: principles.docs,
    title: catalog.title,
    updatedAt: catalog.updatedAt ?? undefined,
  }
}
