import type { AddressInfo } from 'node:net'

import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import { afterAll, beforeEach } from 'vitest'

export type Received = { body: string; headers: IncomingHttpHeaders; status: number }

export type Receiver = {
  /** Every request that arrived, in order, with the status it was answered. */
  received: Received[]
  /** How the next requests are answered, in turn (then 200): e.g. [500, 500], or 'hang' to never answer. */
  script: Array<'hang' | number>
  url: string
}

/**
 * A real HTTP endpoint in the test process that webhook deliveries are sent to: it records
 * every request and answers as scripted. One per test file, emptied before each test.
 */
export const receiverPerFile = (use: (receiver: Receiver) => void) => {
  const hanging: ServerResponse[] = []
  const receiver: Receiver = { received: [], script: [], url: '' }
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const next = receiver.script.shift() ?? 200
      const body = Buffer.concat(chunks).toString('utf8')
      receiver.received.push({ body, headers: request.headers, status: next === 'hang' ? 0 : next })
      if (next === 'hang') {
        hanging.push(response)
      } else {
        response.writeHead(next).end()
      }
    })
  })
  beforeEach(() => {
    receiver.received.length = 0
    receiver.script.length = 0
  })
  afterAll(() => {
    for (const response of hanging) {
      response.destroy()
    }
    server.close()
  })
  return async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/revalidate`
    use(receiver)
    return receiver
  }
}
