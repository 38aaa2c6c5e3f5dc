import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'

import { createRequire } from 'node:module'
import path from 'node:path'
import pdfmake from 'pdfmake'

/** Resolved from the project root (the working directory of every entry point), bundled or not. */
const projectRequire = createRequire(path.join(process.cwd(), 'package.json'))

/** Roboto as pdfmake ships it (npm, no system fonts): every Danish letter, embedded as a subset. */
const fontDir = path.dirname(projectRequire.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'))

const fonts: TFontDictionary = {
  Roboto: {
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
  },
}

/**
 * A document definition as PDF bytes. Images come in as data URLs made by the caller, so
 * pdfmake may fetch no URL and read no local file but its fonts: content cannot make the
 * server do either.
 */
export const renderPdf = async (definition: TDocumentDefinitions): Promise<Buffer> => {
  pdfmake.setFonts({ ...fonts })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((file) => path.dirname(file) === fontDir)
  return pdfmake
    .createPdf({ ...definition, defaultStyle: { ...definition.defaultStyle, font: 'Roboto' } })
    .getBuffer()
}
