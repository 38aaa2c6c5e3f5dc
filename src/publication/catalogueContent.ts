import type { Case, Catalog, Dilemma, Logo, Model, Partner, Principle } from '../../payload-types'

export type PrintedModel = {
  examples: PrintedCase[]
  principles: number[]
} & Pick<
  Model,
  | 'addedValue'
  | 'body'
  | 'checklist'
  | 'id'
  | 'strengths'
  | 'summary'
  | 'title'
  | 'transferability'
  | 'weaknesses'
>

export type PrintedCase = Pick<
  Case,
  'documentedValue' | 'id' | 'organisation' | 'results' | 'summary' | 'title'
>

export type PrintedDilemma = { models: number[] } & Pick<
  Dilemma,
  'body' | 'id' | 'perspectives' | 'question' | 'summary' | 'title'
>

export type PrintedPrinciple = Pick<Principle, 'id' | 'number' | 'text' | 'title'>

/** A partner as the public sees it: `logo` only when its tier shows one. */
export type PrintedPartner = {
  logo?: null | Pick<
    Logo,
    '_objectKey' | 'alt' | 'filename' | 'id' | 'prefix' | 'sizes' | 'updatedAt'
  >
} & Pick<Partner, 'id' | 'name' | 'website'>

/**
 * Everything the printed catalogue shows, read with the reader's access: what is not here is
 * not printed, and a change to any of it changes the answer's tag.
 */
export type CatalogueContent = {
  dilemmas: PrintedDilemma[]
  draft: boolean
  foreword: Catalog['foreword']
  forewordSignatories: PrintedPartner[]
  locale: 'da' | 'en'
  models: PrintedModel[]
  partnersListed: PrintedPartner[]
  principles: PrintedPrinciple[]
  title: string
  updatedAt?: string
}
