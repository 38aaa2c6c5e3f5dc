import type { Content } from 'pdfmake/interfaces'

import type { CatalogueContent } from './catalogueContent'
import type { CatalogueWords } from './catalogueWords'

import { lexicalToPdf } from './lexicalToPdf'
import { chapter, heading, paragraph, rowLines } from './printedBlocks'

/** The 12 implementation principles, by number. */
export const principlesChapter = (
  { principles }: Pick<CatalogueContent, 'principles'>,
  words: CatalogueWords,
): Content[] =>
  principles.length
    ? [
        chapter(words.principles),
        ...paragraph(words.principlesIntro, 'lead'),
        ...principles.flatMap((principle): Content[] => [
          heading(`${principle.number}. ${principle.title}`, 'subsection'),
          ...paragraph(principle.text),
        ]),
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
        ...dilemmas.flatMap((dilemma): Content[] => [
          heading(dilemma.title),
          ...paragraph(dilemma.question, 'lead'),
          ...paragraph(dilemma.summary),
          ...lexicalToPdf(dilemma.body),
          ...(dilemma.perspectives?.length
            ? [
                heading(words.perspectives, 'subsection'),
                {
                  style: 'list',
                  ul: dilemma.perspectives.map(({ argument, position }) => ({
                    style: 'listItem',
                    text: [{ bold: true, text: position }, argument ? ` – ${argument}` : ''],
                  })),
                },
              ]
            : []),
        ]),
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
