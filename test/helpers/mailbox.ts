import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeEach } from 'vitest'

import { waitFor } from './waitFor'

export type Mail = { html: string; subject: string; text: string; to: string[] }

export type Mailbox = {
  /** Forgets what arrived so far (between tests). */
  clear: () => void
  /** Every message received so far. */
  messages: () => Mail[]
  /** Listens again on the same port after `stop` (a mail server back from an outage). */
  start: () => Promise<void>
  stop: () => Promise<void>
  /** SMTP_URL for the app under test. */
  url: string
  /** Waits (bounded) for a message to `to` whose subject matches, and returns it. */
  waitFor: (to: string, subject?: RegExp) => Promise<Mail>
}

const recipients = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((list) =>
    list.value.map((entry) => entry.address ?? ''),
  )

/**
 * A real SMTP server on loopback that the app under test sends to through nodemailer, as it
 * would to the production relay; it keeps every message it receives, parsed.
 */
export const startMailbox = async (): Promise<Mailbox> => {
  let received: Mail[] = []
  const listen = async (port: number) => {
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, done) => {
        simpleParser(stream)
          .then((mail) => {
            received.push({
              html: String(mail.html || ''),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              to: recipients(mail),
            })
            done()
          })
          .catch(done)
      },
    })
    await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve))
    return smtp
  }
  let server = await listen(0)
  const { port } = server.server.address() as AddressInfo
  const find = (to: string, subject?: RegExp) =>
    received.find((mail) => mail.to.includes(to) && (!subject || subject.test(mail.subject)))
  return {
    clear: () => {
      received = []
    },
    messages: () => received,
    start: async () => {
      server = await listen(port)
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
    url: `smtp://127.0.0.1:${port}`,
    waitFor: async (to, subject) => {
      await waitFor(
        `an email to ${to}${subject ? ` about ${subject}` : ''}`,
        async () => Boolean(find(to, subject)),
        {
          timeoutMs: 10_000,
        },
      )
      return find(to, subject)!
    },
  }
}

/**
 * A mailbox for one test file: started before the app (it must listen first, to hand the app its
 * address), emptied before each test, stopped after the file. Pass the result as the app's `env`
 * (merged with `env`); `use` receives the mailbox.
 */
export const mailboxPerFile = (
  use: (mailbox: Mailbox) => void,
  env: Record<string, string> = {},
) => {
  let mailbox: Mailbox | undefined
  beforeEach(() => mailbox?.clear())
  afterAll(() => mailbox?.stop())
  return async () => {
    mailbox = await startMailbox()
    use(mailbox)
    return { ...env, SMTP_URL: mailbox.url }
  }
}

/** The first link in a message's text that points at the admin UI's reset page. */
export const resetLinkIn = (mail: Mail): string => {
  const link = /https?:\/\/\S+\/admin\/reset\/[0-9a-f]+/.exec(mail.text || mail.html)?.[0]
  if (!link) {
    throw new Error(`no reset link in: ${mail.text || mail.html}`)
  }
  return link
}
