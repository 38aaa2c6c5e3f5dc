import type { Content } from 'pdfmake/interfaces'

import type { CatalogueContent } from './catalogueContent'
import type { CatalogueWords } from './catalogueWords'

import { lexicalToPdf } from './lexicalToPdf'
import { chapter, paragraph, part, rowLines } from './printedBlocks'

/** The 12 implementation principles, by number. */
export const principlesChapter = (
  { principles }: Pick<CatalogueContent, 'principles'>,
  words: CatalogueWords,
): Content[] =>
  principles.length
    ? [
        chapter(words.principles),
        ...paragraph(words.principlesIntro, 'lead'),
        ...principles.flatMap((principle) =>
          part(`${principle.number}. ${principle.title}`, paragraph(principle.text), 'subsection'),
        ),
      ]
    : []

/** The dilemmas, each with its question and the positions it can be seen from. */
export const dilemmasChapter = (
  { dilemmas }: Pick<CatalogueContent, 'dilemmas'>,
  words: CatalogueWords,
): Content[] =>
  dilemmas.length
    ? [
        chapter(words.dilemmas),
        ...dilemmas.flatMap((dilemma): Content[] =>
          part(dilemma.title, [
            ...paragraph(dilemma.question, 'lead'),
            ...paragraph(dilemma.summary),
            ...lexicalToPdf(dilemma.body),
            ...part(
              words.perspectives,
              (dilemma.perspectives ?? []).map(({ argument, position }, index, all): Content => ({
                style: index === all.length - 1 ? 'list' : undefined,
                ul: [
                  {
                    style: 'listItem',
                    text: [{ bold: true, text: position }, argument ? ` – ${argument}` : ''],
                  },
                ],
              })),
              'subsection',
            ),
          ]),
        ),
      ]
    : []

/** Every partner whose tier grants name and link in the publication, with its link. */
export const partnersChapter = (
  { partnersListed }: Pick<CatalogueContent, 'partnersListed'>,
  words: CatalogueWords,
): Content[] =>
  partnersListed.length
    ? [
        chapter(words.partners),
        ...paragraph(words.partnersIntro),
        {
          layout: rowLines,
          style: 'table',
          table: {
            body: partnersListed.map((partner) => [
              { bold: true, text: partner.name },
              partner.website
                ? { color: '#0b5c7a', link: partner.website, text: partner.website }
                : '',
            ]),
            widths: ['*', '*'],
          },
        },
      ]
    : []
