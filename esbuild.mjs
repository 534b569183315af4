// Bundles the extension into CommonJS files in dist/; `vscode` is provided by the host.
// dist/extension.js is what activation loads: the core (src/extension.ts). What `import()` brings in later
// (src/features.ts) goes to files of its own, so activation does not parse code it may never run. esbuild splits only
// ES modules, and VS Code (1.74, our floor) loads CommonJS: so the split ES modules are bundled once more, each on its
// own, into CommonJS (build/commonJs.cjs).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { convertToCommonJs } from './build/commonJs.cjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdir = 'dist';

const common = {
  bundle: true,
  platform: 'node',
  // VS Code 1.74 (our floor) runs Node 16.14: no need to lower class fields and the like.
  target: 'node16.14',
  charset: 'utf8',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'warning',
};

/** The split, as ES modules (converted to CommonJS in place afterwards). */
const splitOptions = {
  ...common,
  entryPoints: { extension: 'src/extension.ts' },
  outdir,
  format: 'esm',
  splitting: true,
  external: ['vscode'],
  chunkNames: '[name]-[hash]',
  metafile: true,
};

/** After esbuild wrote the split: drops files of earlier builds (their names hold hashes), converts to CommonJS. */
async function finish(metafile, started) {
  const written = new Set(Object.keys(metafile.outputs).map((file) => path.basename(file)));
  for (const name of fs.readdirSync(outdir)) {
    if (/\.js(\.map)?$/.test(name) && !written.has(name)) fs.rmSync(path.join(outdir, name));
  }
  const files = Object.keys(metafile.outputs).filter((file) => file.endsWith('.js'));
  await convertToCommonJs(files);
  const sizes = files.map((file) => `${path.basename(file)} ${fs.statSync(file).size.toLocaleString('en-US')} B`);
  console.log(`${outdir}/: ${sizes.join(', ')} (${Date.now() - started} ms)`);
}

if (watch) {
  // esbuild rebuilds the split on every change of the sources; each build is then finished as above.
  let started = Date.now();
  const ctx = await esbuild.context({
    ...splitOptions,
    plugins: [
      {
        name: 'then-common-js',
        setup(build) {
          build.onStart(() => {
            started = Date.now();
          });
          build.onEnd(async (result) => {
            if (result.errors.length === 0) await finish(result.metafile, started);
          });
        },
      },
    ],
  });
  await ctx.watch();
} else {
  const started = Date.now();
  const split = await esbuild.build(splitOptions);
  await finish(split.metafile, started);
}
