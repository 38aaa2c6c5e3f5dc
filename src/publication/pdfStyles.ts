import type { StyleDictionary } from 'pdfmake/interfaces'

/** A4 with room for the running header and page number. */
export const PAGE_MARGINS: [number, number, number, number] = [60, 64, 60, 60]

/** The text column's width on A4 (595.28 pt) inside the margins. */
export const TEXT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2]

export const ACCENT = '#0b5c7a'

export const styles: StyleDictionary = {
  caseTitle: { bold: true, fontSize: 12, margin: [0, 10, 0, 2] },
  chapter: { bold: true, color: ACCENT, fontSize: 22, margin: [0, 0, 0, 12] },
  coverMeta: { color: '#555555', fontSize: 13 },
  coverTitle: { bold: true, color: ACCENT, fontSize: 32, lineHeight: 1.1 },
  footer: { color: '#555555', fontSize: 9 },
  label: { bold: true, color: '#333333', fontSize: 10 },
  lead: { fontSize: 12, italics: true, lineHeight: 1.3, margin: [0, 0, 0, 10] },
  list: { margin: [0, 0, 0, 8] },
  listItem: { lineHeight: 1.3, margin: [0, 0, 0, 2] },
  meta: { color: '#555555', fontSize: 9, margin: [0, 0, 0, 4] },
  paragraph: { lineHeight: 1.3, margin: [0, 0, 0, 8] },
  quote: { italics: true, lineHeight: 1.3, margin: [20, 0, 20, 8] },
  richH1: { bold: true, fontSize: 14, margin: [0, 8, 0, 4] },
  richH2: { bold: true, fontSize: 12, margin: [0, 6, 0, 4] },
  richH3: { bold: true, fontSize: 11, margin: [0, 4, 0, 2] },
  runningHeader: { color: '#777777', fontSize: 8 },
  section: { bold: true, color: ACCENT, fontSize: 13, margin: [0, 12, 0, 6] },
  subsection: { bold: true, fontSize: 11, margin: [0, 6, 0, 3] },
  table: { fontSize: 9.5, margin: [0, 4, 0, 8] },
}
