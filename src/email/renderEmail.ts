import escapeHtml from 'escape-html'

export type EmailContent = {
  /** The one thing the recipient should do, as a button (HTML) and a bare link (text). */
  action?: { label: string; url: string }
  heading: string
  /** Plain text paragraphs; everything is escaped. */
  paragraphs: string[]
  /** A message quoted from a person (an editor's note), set apart. */
  quote?: string
}

const paragraph = (text: string) =>
  `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(text).replace(/\n/g, '<br>')}</p>`

/** One message as both HTML (inline styles, as mail clients want) and plain text. */
export const renderEmail = ({
  action,
  heading,
  paragraphs,
  quote,
}: EmailContent): { html: string; text: string } => {
  const html = [
    '<!doctype html><html lang="da"><body style="margin:0;padding:24px;font-family:Georgia,serif;color:#1a1a1a;background:#f6f4ef">',
    '<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">',
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(heading)}</h1>`,
    ...paragraphs.map(paragraph),
    quote
      ? `<blockquote style="margin:0 0 16px;padding:12px 16px;border-left:4px solid #c8102e;background:#f6f4ef">${paragraph(quote)}</blockquote>`
      : '',
    action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#c8102e;color:#fff;padding:12px 20px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>` +
        `<p style="font-size:13px;color:#555">${escapeHtml(action.url)}</p>`
      : '',
    '<p style="font-size:13px;color:#555;margin-top:32px">Den aktive borger · Mandag Morgen</p>',
    '</div></body></html>',
  ].join('')
  const text = [
    heading,
    ...paragraphs,
    ...(quote ? [quote.replace(/^/gm, '> ')] : []),
    ...(action ? [`${action.label}: ${action.url}`] : []),
    '-- \nDen aktive borger · Mandag Morgen',
  ].join('\n\n')
  return { html, text }
}
