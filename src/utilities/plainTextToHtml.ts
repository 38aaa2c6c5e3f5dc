import escapeHtml from 'escape-html'

const LINK = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g

/**
 * Plain text as safe HTML: everything escaped, web addresses made into links that carry no
 * ranking and open no window reference, blank lines into paragraphs, line breaks kept.
 */
export const plainTextToHtml = (text: string): string =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => {
      let html = ''
      let last = 0
      for (const match of paragraph.matchAll(LINK)) {
        const url = match[0]
        html += escapeHtml(paragraph.slice(last, match.index))
        html += `<a href="${escapeHtml(url)}" rel="nofollow ugc noopener noreferrer">${escapeHtml(url)}</a>`
        last = match.index + url.length
      }
      html += escapeHtml(paragraph.slice(last))
      return `<p>${html.replace(/\r?\n/g, '<br>')}</p>`
    })
    .join('')
