import { StartupError } from '../runtime/StartupError'

export type EmailSettings = {
  fromAddress: string
  fromName: string
  /** SMTP server (SMTP_URL); unset, messages go to the log instead. */
  smtpUrl?: string
}

/** `Name <address>` or a bare address, on the trimmed setting (no pattern that can backtrack on long input). */
const FROM = /^(?:([^<]*)<([^\s<>@]+@[^\s<>]+)>|([^\s<>@]+@[^\s<>]+))$/

/**
 * SMTP_URL (`smtp://user:pass@host:587`, `smtps://…`) and EMAIL_FROM (`Name <address>` or an
 * address), checked at start so a typo is reported at once rather than at the first invitation.
 */
export const emailSettings = (env: NodeJS.ProcessEnv = process.env): EmailSettings => {
  const from = FROM.exec(
    (env.EMAIL_FROM || 'Den aktive borger <noreply@denaktiveborger.dk>').trim(),
  )
  if (!from) {
    throw new StartupError(
      `EMAIL_FROM must be an address or "Name <address>", not "${env.EMAIL_FROM}". E.g. EMAIL_FROM="Den aktive borger <redaktion@mm.dk>".`,
    )
  }
  const smtpUrl = env.SMTP_URL || undefined
  if (smtpUrl && !(URL.canParse(smtpUrl) && /^smtps?:$/.test(new URL(smtpUrl).protocol))) {
    throw new StartupError(
      `SMTP_URL must be an smtp:// or smtps:// URL, e.g. SMTP_URL=smtps://user:password@smtp.example.dk:465, not "${smtpUrl}".`,
    )
  }
  return {
    fromAddress: from[2] ?? from[3],
    fromName: from[1]?.trim() || 'Den aktive borger',
    smtpUrl,
  }
}
