import type { ServerProcess } from '../helpers/serverProcess'
import type { Target } from './measure'

/**
 * The servers a benchmark starts: `started` waits for one and gives it as a `Target` (its URL,
 * and its pid for CPU time); `processes` lists them all, to stop them at the end.
 */
export const targets = () => {
  const processes: ServerProcess[] = []
  const started = async (starting: Promise<ServerProcess>): Promise<Target> => {
    const server = await starting
    processes.push(server)
    return { pid: server.child.pid, url: server.url }
  }
  return { processes, started }
}
