// Bundles the extension into CommonJS files in dist/ (`vscode` is provided by the host), and writes esbuild's
// metafile of them to dist/meta.json: the bench and the tests read from it which files load at activation.
//
// Activation is split. dist/extension.js is the core (src/extension.ts and what it imports). Each `import()` in the
// core is a part of its own, bundled into dist/<name>.js and required the first time it is needed. A module the
// core has is never bundled again into a part: the part receives the core's own instance (its state, its classes for
// instanceof) through `require('./extension.js').coreModules`, which the core exports for exactly those modules.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import options from './build/options.cjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--outdir=<dir>`: the tests build elsewhere than dist/.
const outdir = process.argv.find((arg) => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
const coreEntry = 'src/extension.ts';
const coreFile = 'extension.js';
const common = options.commonOptions({ production });

/** Metafile keys: paths relative to the working directory, with forward slashes. */
const key = (file) => path.relative(process.cwd(), file).split(path.sep).join('/');

/** In the core: each `import()` of our own code is a part, left for `require` at run time; `parts` collects them. */
function partsOf(parts) {
  return {
    name: 'parts',
    setup(build) {
      build.onResolve({ filter: /^\./, namespace: 'file' }, async (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const name = `${path.basename(resolved.path).replace(/\.[cm]?[jt]s$/, '')}.js`;
        parts.set(key(resolved.path), name);
        return { path: `./${name}`, external: true };
      });
    },
  };
}

/** In a part: an import of a module the core holds becomes that module's instance in the core. */
function fromCore(coreInputs, used) {
  return {
    name: 'from-core',
    setup(build) {
      // Every import, of our files and of packages alike: either may hold state or a class.
      build.onResolve({ filter: /.*/, namespace: 'file' }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
        const file = resolved.errors.length === 0 ? key(resolved.path) : undefined;
        if (file === undefined || !coreInputs.has(file)) return undefined;
        used.add(file);
        return { path: file, namespace: 'core' };
      });
      build.onResolve({ filter: /.*/, namespace: 'core' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'core' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(`./${coreFile}`)}).coreModules[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** The core's entry: src/extension.ts, plus `coreModules`, the modules the parts use from it. */
function coreEntryCode(shared) {
  const files = [...shared].sort();
  const imports = files.map((file, i) => `import * as m${i} from ${JSON.stringify(`./${file}`)};`);
  const table = files.map((file, i) => `${JSON.stringify(file)}: m${i}`).join(', ');
  return `export * from ${JSON.stringify(`./${coreEntry}`)};\n${imports.join('\n')}\nexport const coreModules = { ${table} };\n`;
}

/** Builds the core and its parts into dist/; resolves to the metafile of all of them. */
async function buildAll() {
  // First which modules the core holds and which parts it loads later; nothing is written.
  fs.mkdirSync(outdir, { recursive: true });
  const parts = new Map();
  const probe = await esbuild.build({ ...common, entryPoints: [coreEntry], outfile: path.join(outdir, coreFile), write: false, plugins: [...common.plugins, partsOf(parts)] });
  const coreInputs = new Set(Object.keys(probe.metafile.inputs));

  const shared = new Set();
  const builtParts = await Promise.all(
    [...parts].map(([entry, name]) =>
      esbuild.build({ ...common, entryPoints: [entry], outfile: path.join(outdir, name), plugins: [...common.plugins, fromCore(coreInputs, shared)] }),
    ),
  );
  const core = await esbuild.build({
    ...common,
    stdin: { contents: coreEntryCode(shared), resolveDir: process.cwd(), sourcefile: 'core-entry.js', loader: 'js' },
    outfile: path.join(outdir, coreFile),
    plugins: [...common.plugins, partsOf(new Map())],
  });

  const metafile = { inputs: {}, outputs: {} };
  for (const { metafile: one } of [core, ...builtParts]) {
    Object.assign(metafile.inputs, one.inputs);
    Object.assign(metafile.outputs, one.outputs);
  }
  fs.writeFileSync(path.join(outdir, 'meta.json'), `${JSON.stringify(metafile, null, 1)}\n`);
  return metafile;
}

/** Drops what earlier builds left (a part that is gone) and says what was written. */
function report(metafile, started) {
  const written = new Set(Object.keys(metafile.outputs).map((file) => path.basename(file)));
  for (const name of fs.readdirSync(outdir)) {
    if (/\.js(\.map)?$/.test(name) && !written.has(name)) fs.rmSync(path.join(outdir, name));
  }
  const sizes = Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, output]) => `${path.basename(file)} ${output.bytes.toLocaleString('en-US')} B`);
  console.log(`${outdir}/: ${sizes.join(', ')} (${Date.now() - started} ms)`);
}

async function buildAndReport() {
  const started = Date.now();
  report(await buildAll(), started);
}

if (watch) {
  // esbuild watches every source of the core and its parts; after each change the whole build runs again.
  const ctx = await esbuild.context({
    ...common,
    entryPoints: [coreEntry],
    write: false,
    outdir: 'unused',
    plugins: [
      ...common.plugins,
      {
        name: 'build-all',
        setup(build) {
          build.onEnd(async (result) => {
            if (result.errors.length > 0) return;
            await buildAndReport().catch((error) => console.error(error instanceof Error ? error.message : error));
          });
        },
      },
    ],
  });
  await ctx.watch();
} else {
  await buildAndReport();
}
