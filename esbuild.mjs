// Bundles the extension into CommonJS files in dist/ (`vscode` is provided by the host), and writes esbuild's
// metafile of them to dist/meta.json: the bench and the tests read from it which files load at activation.
//
// Activation is split. dist/extension.js is the core (src/extension.ts and what it imports). Each `import()` of our
// own code, in the core or in a part, is a part of its own, bundled into dist/<name>.js and required the first time it
// is needed. A module a file loaded before holds is never bundled again into a part: the part receives that file's own
// instance (its state, its classes for instanceof) through `require('./<file>').sharedModules`, which each file
// exports for exactly the modules its parts use.
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

/** Each `import()` of our own code is a part, left for `require` at run time; `parts` collects them. */
function partsOf(parts) {
  return {
    name: 'parts',
    setup(build) {
      build.onResolve({ filter: /^\./, namespace: 'file' }, async (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        // A package's own import() (node-fetch has one) stays in its bundle.
        if (!key(resolved.path).startsWith('src/')) return undefined;
        const name = `${path.basename(resolved.path).replace(/\.[cm]?[jt]s$/, '')}.js`;
        parts.set(key(resolved.path), name);
        return { path: `./${name}`, external: true };
      });
    },
  };
}

/** Notes in `used` (file → modules) that a module is taken from the file that holds it. */
function addUse(used, holder, file) {
  if (!used.has(holder)) used.set(holder, new Set());
  used.get(holder).add(file);
}

/**
 * In a part: an import of a module that a file loaded before holds (`holders`: module → file) becomes that file's
 * instance of it; `used` collects, per file, the modules taken from it. The stand-ins are `<file>:<module>` in the
 * metafile.
 */
function fromHolders(holders, used) {
  return {
    name: 'from-holders',
    setup(build) {
      // Every import, of our files and of packages alike: either may hold state or a class.
      build.onResolve({ filter: /.*/, namespace: 'file' }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
        const file = resolved.errors.length === 0 ? key(resolved.path) : undefined;
        const holder = file === undefined ? undefined : holders.get(file);
        if (holder === undefined) return undefined;
        addUse(used, holder, file);
        return { path: file, namespace: holder };
      });
      for (const holder of new Set(holders.values())) {
        build.onResolve({ filter: /.*/, namespace: holder }, (args) => ({ path: args.path, external: true }));
        build.onLoad({ filter: /.*/, namespace: holder }, (args) => ({
          contents: `module.exports = require(${JSON.stringify(`./${holder}`)}).sharedModules[${JSON.stringify(args.path)}];`,
          loader: 'js',
        }));
      }
    },
  };
}

/** A file's entry: its source, plus `sharedModules`, the modules its parts use from it. */
function entryCode(entry, shared) {
  const files = [...shared].sort();
  const imports = files.map((file, i) => `import * as m${i} from ${JSON.stringify(`./${file}`)};`);
  const table = files.map((file, i) => `${JSON.stringify(file)}: m${i}`).join(', ');
  return `export * from ${JSON.stringify(`./${entry}`)};\n${imports.join('\n')}\nexport const sharedModules = { ${table} };\n`;
}

/**
 * Builds one file, after the parts it loads with `import()` (each with the modules this file and those loaded before
 * it hold). Pushes each metafile to `metafiles`; resolves to the modules this file and its parts take from the files
 * loaded before it, per file.
 */
async function buildFile(entry, name, holders, metafiles) {
  const plugins = (used, parts) => [...common.plugins, fromHolders(holders, used), partsOf(parts)];
  const outfile = path.join(outdir, name);
  // First which modules this file holds and which parts it loads; nothing is written.
  const parts = new Map();
  const probe = await esbuild.build({ ...common, entryPoints: [entry], outfile, write: false, plugins: plugins(new Map(), parts) });
  const forParts = new Map(holders);
  for (const file of Object.keys(probe.metafile.inputs)) if (!file.includes(':')) forParts.set(file, name);

  const used = new Map();
  for (const [partEntry, partName] of parts) {
    for (const [holder, files] of await buildFile(partEntry, partName, forParts, metafiles)) {
      for (const file of files) addUse(used, holder, file);
    }
  }
  const shared = used.get(name) ?? new Set();
  used.delete(name);
  const stdin = { contents: entryCode(entry, shared), resolveDir: process.cwd(), sourcefile: `${name.replace(/\.js$/, '')}-entry.js`, loader: 'js' };
  const built = await esbuild.build({ ...common, stdin, outfile, plugins: plugins(used, new Map()) });
  metafiles.push(built.metafile);
  return used;
}

/** Builds the core and its parts into dist/; resolves to the metafile of all of them. */
async function buildAll() {
  fs.mkdirSync(outdir, { recursive: true });
  const metafiles = [];
  await buildFile(coreEntry, coreFile, new Map(), metafiles);
  const metafile = { inputs: {}, outputs: {} };
  for (const one of metafiles) {
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
