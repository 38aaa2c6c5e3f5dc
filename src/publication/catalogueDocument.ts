import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'

import type { CatalogueContent } from './catalogueContent'

import { dilemmasChapter, partnersChapter, principlesChapter } from './backMatter'
import { catalogueWords } from './catalogueWords'
import { contents, cover, foreword } from './frontMatter'
import { modelChapter } from './modelChapter'
import { PAGE_MARGINS, styles } from './pdfStyles'

/**
 * The printed catalogue on A4: cover, foreword with its co-signers, contents with page numbers,
 * a chapter per model in the catalogue's order, the 12 principles, the dilemmas and the partner
 * list; a running header and page numbers on every page but the cover.
 */
export const catalogueDocument = (
  content: CatalogueContent,
  logos: Map<number, string>,
): TDocumentDefinitions => {
  const words = catalogueWords(content.locale)
  const running = content.draft ? `${content.title} · ${words.draft}` : content.title
  return {
    content: [
      ...cover(content, words),
      ...foreword(content, words, logos),
      ...contents(words),
      ...content.models.flatMap((model, index) => modelChapter(model, index + 1, content, words)),
      ...principlesChapter(content, words),
      ...dilemmasChapter(content, words),
      ...partnersChapter(content, words),
    ],
    defaultStyle: { fontSize: 10.5 },
    footer: (page: number): Content =>
      page === 1
        ? ''
        : { alignment: 'center', margin: [0, 24, 0, 0], style: 'footer', text: String(page) },
    header: (page: number): Content =>
      page === 1
        ? ''
        : {
            margin: [PAGE_MARGINS[0], 32, PAGE_MARGINS[2], 0],
            style: 'runningHeader',
            text: running,
          },
    info: {
      creator: 'Den aktive borger CMS',
      producer: 'Den aktive borger CMS (pdfmake)',
      subject: `Den aktive borger · ${words.catalogue}`,
      title: content.title,
    },
    language: content.locale === 'en' ? 'en-GB' : 'da-DK',
    pageMargins: PAGE_MARGINS,
    pageSize: 'A4',
    styles,
    ...(content.draft ? { watermark: { opacity: 0.06, text: words.draftMark } } : {}),
  }
}
