import type { Content, TableCell } from 'pdfmake/interfaces'

import type { CatalogueContent, PrintedCase, PrintedModel } from './catalogueContent'
import type { CatalogueWords } from './catalogueWords'

import { lexicalToPdf } from './lexicalToPdf'
import { bullets, chapter, keepWithNext, paragraph, part, rowLines } from './printedBlocks'

const BOTTOM_LINES = ['individual', 'society', 'economy'] as const

/** A result's figure as the reader writes numbers: "2,5 mio. kr. om året". */
const figure = (
  line: { figure?: null | number; unit?: null | string } | undefined,
  locale: string,
): string =>
  typeof line?.figure === 'number'
    ? [new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'da-DK').format(line.figure), line.unit]
        .filter(Boolean)
        .join(' ')
    : ''

/** The three bottom lines as a table: what happened, and the figure with its unit. */
const results = (kase: PrintedCase, words: CatalogueWords, locale: string): Content[] => {
  const rows = BOTTOM_LINES.flatMap((name): TableCell[][] => {
    const line = kase.results?.[name]
    const amount = figure(line, locale)
    return line?.text?.trim() || amount
      ? [
          [
            { style: 'label', text: words.bottomLines[name] },
            { text: line?.text?.trim() ?? '' },
            { alignment: 'right', bold: true, text: amount },
          ],
        ]
      : []
  })
  return rows.length
    ? keepWithNext({ style: 'label', text: words.results }, [
        { layout: rowLines, style: 'table', table: { body: rows, widths: [60, '*', 90] } },
      ])
    : []
}

const example = (kase: PrintedCase, words: CatalogueWords, locale: string): Content => ({
  stack: [
    ...part(
      kase.title,
      [
        ...paragraph(kase.organisation, 'meta'),
        ...paragraph(kase.summary),
        ...results(kase, words, locale),
        ...paragraph(kase.documentedValue),
      ],
      'caseTitle',
    ),
  ],
})

/**
 * One model's chapter, as the catalogue prints it: summary, body, the where/when/how checklist,
 * added value, strengths and weaknesses, transferability, the example cases with their results,
 * and the dilemmas and principles it is linked to.
 */
export const modelChapter = (
  model: PrintedModel,
  position: number,
  content: Pick<CatalogueContent, 'dilemmas' | 'locale' | 'principles'>,
  words: CatalogueWords,
): Content[] => {
  const checklist = (['where', 'when', 'how'] as const).flatMap((name) => {
    const items = bullets((model.checklist?.[name] ?? []).map(({ item }) => item))
    return part(words.checklistParts[name], items, 'subsection')
  })
  const dilemmas = content.dilemmas
    .filter((dilemma) => dilemma.models.includes(model.id))
    .map((dilemma) => dilemma.title)
  const principles = content.principles
    .filter((principle) => model.principles.includes(principle.id))
    .map((principle) => `${principle.number}. ${principle.title}`)

  return [
    chapter(`${position}. ${model.title}`),
    ...paragraph(model.summary, 'lead'),
    ...lexicalToPdf(model.body),
    ...part(words.checklist, checklist),
    ...part(words.addedValue, paragraph(model.addedValue)),
    ...part(words.strengths, bullets((model.strengths ?? []).map(({ point }) => point))),
    ...part(words.weaknesses, bullets((model.weaknesses ?? []).map(({ point }) => point))),
    ...part(words.transferability, paragraph(model.transferability)),
    ...part(
      words.cases,
      model.examples.map((kase) => example(kase, words, content.locale)),
    ),
    ...part(words.linkedDilemmas, bullets(dilemmas)),
    ...part(words.linkedPrinciples, bullets(principles)),
  ]
}
