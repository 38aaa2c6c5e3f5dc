import { build, type Plugin } from 'esbuild'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The processes that run in production, each compiled ahead of time into one ES module: nothing is
 * transpiled or hooked at run time (tsx runs its module hooks on a thread of their own on Node 20),
 * and a start takes about 4 s instead of 8.
 */
const ENTRY_POINTS = { serve: 'src/bin/serve.ts', worker: 'src/bin/worker.ts' }

export type BundledProcess = keyof typeof ENTRY_POINTS

/**
 * Where `process` is compiled to: two folders below the project, as its source is, so that paths
 * taken from the bundle's own folder (`projectRoot`) hold.
 */
export const bundlePath = (root: string, process: BundledProcess): string =>
  path.join(root, 'dist', 'bin', `${process}.mjs`)

/**
 * Each of our modules keeps its own `import.meta.url` (payload.config.ts takes its folder from
 * it, `createRequire` resolves from it), not the bundle's.
 */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup: (plugin) => {
    plugin.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => ({
      contents: (await readFile(file, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(file).href),
      ),
      loader: 'ts',
    }))
  },
}

/** Compiles `ENTRY_POINTS` to `bundlePath`; packages stay in node_modules, imported as they are. */
export const bundleServer = async (root: string): Promise<void> => {
  await build({
    absWorkingDir: root,
    bundle: true,
    entryPoints: ENTRY_POINTS,
    format: 'esm',
    logLevel: 'warning',
    outdir: path.dirname(bundlePath(root, 'serve')),
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    platform: 'node',
    plugins: [ownImportMetaUrl],
    target: 'node20',
  })
}
