import type { Content } from 'pdfmake/interfaces'

import type { CatalogueContent, PrintedPartner } from './catalogueContent'
import type { CatalogueWords } from './catalogueWords'

import { lexicalToPdf } from './lexicalToPdf'
import { ACCENT, TEXT_WIDTH } from './pdfStyles'
import { chapter, part } from './printedBlocks'

/** The cover: the title on a coloured band, the project and the publisher. */
export const cover = ({ draft, title }: CatalogueContent, words: CatalogueWords): Content[] => [
  {
    canvas: [{ type: 'rect', color: ACCENT, h: 8, w: TEXT_WIDTH, x: 0, y: 0 }],
    margin: [0, 160, 0, 24],
  },
  { style: 'coverTitle', text: title },
  { margin: [0, 12, 0, 0], style: 'coverMeta', text: `Den aktive borger · ${words.catalogue}` },
  { margin: [0, 4, 0, 0], style: 'coverMeta', text: words.publisher },
  ...(draft
    ? [{ bold: true, color: '#b00020', margin: [0, 24, 0, 0], text: words.draft } as Content]
    : []),
]

/** A co-signing partner: its logo where its tier shows one, its name always. */
const signatory = (partner: PrintedPartner, logo: string | undefined): Content => ({
  margin: [0, 0, 0, 10],
  stack: [
    ...(logo ? [{ fit: [140, 48], image: logo, margin: [0, 0, 0, 4] } as Content] : []),
    { bold: true, text: partner.name },
  ],
  unbreakable: true,
})

/** The partners' foreword and who co-signs it. */
export const foreword = (
  { foreword, forewordSignatories }: CatalogueContent,
  words: CatalogueWords,
  logos: Map<number, string>,
): Content[] => [
  chapter(words.foreword),
  ...lexicalToPdf(foreword),
  ...part(
    words.signatories,
    forewordSignatories.length
      ? [
          {
            columnGap: 16,
            columns: [0, 1, 2].map((column) => ({
              stack: forewordSignatories
                .filter((_, index) => index % 3 === column)
                .map((partner) => signatory(partner, logos.get(partner.id))),
              width: '*',
            })),
          } as Content,
        ]
      : [],
  ),
]

/** The table of contents, with the page of each chapter. */
export const contents = (words: CatalogueWords): Content[] => [
  {
    pageBreak: 'before',
    toc: { numberStyle: { bold: true }, title: { style: 'chapter', text: words.contents } },
  },
]
