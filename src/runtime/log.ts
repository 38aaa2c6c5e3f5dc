/* The app's own lines (startup, shutdown); Payload logs requests and errors through pino. */
const write =
  (stream: NodeJS.WriteStream, level: string) =>
  (message: string): void => {
    stream.write(`[${new Date().toISOString()}] ${level} ${message}\n`)
  }

export const log = {
  error: write(process.stderr, 'ERROR'),
  info: write(process.stdout, 'INFO '),
  warn: write(process.stderr, 'WARN '),
}
