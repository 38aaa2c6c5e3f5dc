import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../src/db/freePort'
import { projectRoot } from '../../src/runtime/settings'
import { tempDir } from './tempDir'
import { waitFor } from './waitFor'

/** Debian installs it in /usr/sbin, which a normal user's PATH may lack. */
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'

export type ReverseProxy = {
  /** nginx's access log so far: a line per request, `METHOD path status upstream(s) tried`. */
  accessLog: () => Promise<string>
  stop: () => Promise<void>
  url: string
}

/** The README's example (docs/nginx.conf) with `upstreams` (host:port) as its servers and `port` to listen on. */
const siteConfig = async (upstreams: string[], port: number): Promise<string> => {
  const example = await readFile(path.join(projectRoot, 'docs', 'nginx.conf'), 'utf8')
  const servers = [...example.matchAll(/^[ \t]*server \S+:\d+ (.*);$/gm)]
  const options = servers[0]?.[1]
  if (options === undefined || !/^\s*listen \d+;$/m.test(example)) {
    throw new Error('docs/nginx.conf has no upstream servers or listen line to replace')
  }
  return example
    .replace(
      servers.map(([line]) => line).join('\n'),
      upstreams.map((up) => `    server ${up} ${options};`).join('\n'),
    )
    .replace(/^(\s*)listen \d+;$/m, `$1listen 127.0.0.1:${port};`)
}

/**
 * Debian's nginx in front of `upstreams` (URLs of app servers), as the current user with
 * everything in a folder of its own (pid, logs, temp files), not as a daemon: the test owns the
 * process and stops it. Resolves once it answers `/healthz` through an upstream.
 */
export const startReverseProxy = async (upstreams: string[]): Promise<ReverseProxy> => {
  const { dir, remove } = await tempDir('dab-nginx')
  const port = await freePort()
  await mkdir(path.join(dir, 'temp'))
  const site = path.join(dir, 'site.conf')
  await writeFile(
    site,
    await siteConfig(
      upstreams.map((url) => new URL(url).host),
      port,
    ),
  )
  const log = (name: string) => path.join(dir, name)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${path.join(dir, 'temp', kind)};`)
    .join('\n  ')
  const config = path.join(dir, 'nginx.conf')
  await writeFile(
    config,
    `# As root nginx would hand its workers to "nobody", who cannot write this folder.
${process.getuid?.() === 0 ? `user ${os.userInfo().username};` : ''}
daemon off;
worker_processes 1;
pid ${log('nginx.pid')};
error_log ${log('error.log')} warn;
events { worker_connections 256; }
http {
  log_format upstreams '$request_method $request_uri $status $upstream_addr';
  access_log ${log('access.log')} upstreams;
  ${temp}
  include ${site};
}
`,
  )
  const nginx = spawn(NGINX, ['-c', config, '-p', dir, '-e', log('error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  nginx.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const early = exited.then(async () => {
    const errors = await readFile(log('error.log'), 'utf8').catch(() => '')
    throw new Error(`nginx exited with ${nginx.exitCode}: ${output}${errors}`)
  })
  early.catch(() => undefined)
  try {
    await Promise.race([
      waitFor('nginx to answer', async () => (await fetch(`${url}/healthz`)).ok),
      early,
    ])
  } catch (error) {
    nginx.kill('SIGKILL')
    await remove()
    throw error
  }
  return {
    accessLog: () => readFile(log('access.log'), 'utf8'),
    stop: async () => {
      // SIGQUIT: nginx's graceful stop (finish requests in flight).
      nginx.kill('SIGQUIT')
      await exited
      await remove()
    },
    url,
  }
}
