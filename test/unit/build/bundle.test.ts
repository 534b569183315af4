// What esbuild.mjs builds, read from the esbuild metafile it writes: which file holds which module, what each file
// requires, and that the HTTP client runs without a deprecation warning on the Node of the extension host.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleFiles, Metafile, MetafileOutput, readMetafile } from '../../harness/bundleFiles';
import { installDir } from '../../harness/install';
import { repoRoot } from '../../harness/paths';

const load = createRequire(__filename);
const { commonOptions } = load(path.join(repoRoot, 'build', 'options.cjs')) as {
  commonOptions(options: { production: boolean }): esbuild.BuildOptions;
};

/** Our own modules in an output: the source files, without the stand-ins for other files' modules (`<file>:<module>`). */
const ownModules = (output: MetafileOutput): string[] => Object.keys(output.inputs).filter((file) => file.startsWith('src/'));
const externals = (output: MetafileOutput): string[] => [...new Set(output.imports.filter((i) => i.external === true).map((i) => i.path))].sort();
const lazyImports = (metafile: Metafile, output: MetafileOutput): string[] =>
  ownModules(output).flatMap((file) => metafile.inputs[file].imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path));

describe('the bundle (esbuild.mjs, read from its metafile)', function () {
  this.timeout(60_000);
  let dir: string;
  let metafile: Metafile;
  let core: MetafileOutput;
  /** The first part (the Environments view: its first rows load it) and the rest. */
  let part: MetafileOutput;
  let rest: MetafileOutput;
  let outputs: Map<string, MetafileOutput>;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vap-bundle-'));
    execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${dir}`], { cwd: repoRoot, stdio: 'pipe' });
    metafile = readMetafile(dir);
    outputs = new Map(Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js')).map(([file, output]) => [path.basename(file), output]));
    const output = (name: string): MetafileOutput => {
      const found = outputs.get(name);
      assert.ok(found, `${name} among ${[...outputs.keys()].join(', ')}`);
      return found;
    };
    core = output('extension.js');
    part = output('features.js');
    rest = output('remainingFeatures.js');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('activation loads dist/extension.js alone; the rest is two parts, each required at first use by the one before', () => {
    const files = bundleFiles(dir);
    assert.deepEqual(files.all, ['extension.js', 'features.js', 'remainingFeatures.js']);
    assert.deepEqual(files.atActivation, ['extension.js']);
    assert.ok(ownModules(core).includes('src/extension.ts'));
    // Each part is what the file before it imports with import(): its entry point.
    assert.deepEqual(lazyImports(metafile, core), ['./features.js']);
    assert.deepEqual(lazyImports(metafile, part), ['./remainingFeatures.js']);
    assert.deepEqual(lazyImports(metafile, rest), []);
    assert.ok(ownModules(part).includes('src/activation/features.ts'));
    assert.ok(ownModules(rest).includes('src/activation/remainingFeatures.ts'));
    // What the first rows do not need is in the rest.
    for (const room of ['src/tokens/', 'src/environments/deploy/', 'src/environments/logs/', 'src/environments/nodeFiles/register.ts']) {
      assert.deepEqual(ownModules(part).filter((file) => file.startsWith(room)), [], `${room} loads with the view's first rows`);
    }
  });

  it('every module is in one file only: a part uses the instances of the files loaded before it', () => {
    const holders = new Map<string, string>();
    for (const [name, output] of outputs) {
      for (const file of ownModules(output)) {
        assert.equal(holders.get(file), undefined, `${file} is in ${holders.get(file)} and ${name}`);
        holders.set(file, name);
      }
    }
    const loadedBefore: Record<string, string[]> = { 'features.js': ['extension.js'], 'remainingFeatures.js': ['extension.js', 'features.js'] };
    for (const [name, output] of [['features.js', part], ['remainingFeatures.js', rest]] as const) {
      // What a part takes from another file, it takes through require('./<file>').sharedModules.
      const taken = Object.keys(output.inputs).filter((file) => /^[\w.]+\.js:/.test(file));
      for (const stand of taken) {
        const [holder, file] = [stand.slice(0, stand.indexOf(':')), stand.slice(stand.indexOf(':') + 1)];
        assert.ok(loadedBefore[name].includes(holder), `${name} takes ${file} from ${holder}, which is not loaded before it`);
        assert.ok(Object.keys(outputs.get(holder)?.inputs ?? {}).includes(file), `${holder} holds ${file}`);
        assert.ok(fs.readFileSync(path.join(dir, holder), 'utf8').includes(JSON.stringify(file)), `${holder} shares ${file}`);
      }
      assert.deepEqual(externals(output).filter((spec) => spec.startsWith('.')), name === 'features.js' ? ['./extension.js', './remainingFeatures.js'] : ['./extension.js', './features.js']);
    }
    const fromCore = Object.keys(part.inputs).filter((file) => file.startsWith('extension.js:'));
    assert.ok(fromCore.some((file) => file.endsWith('/l10n.ts')), 'the translator is set in the core and used in the part');
    assert.ok(Object.keys(rest.inputs).some((file) => file.startsWith('features.js:')), 'the rest uses the first part\'s modules');
  });

  it('node-fetch is bundled into the first part (the view\'s first rows need it), and the core loads nothing of it', () => {
    const packages = (output: MetafileOutput): string[] =>
      [...new Set(Object.keys(output.inputs).filter((file) => file.startsWith('node_modules/')).map((file) => file.split('/')[1]))].sort();
    assert.deepEqual(packages(core), []);
    assert.deepEqual(packages(rest), []);
    assert.ok(packages(part).includes('node-fetch'), packages(part).join(', '));
    // node-fetch 2's URL parser: it requires `punycode`, deprecated (DEP0040).
    assert.deepEqual(packages(part).filter((name) => ['whatwg-url', 'tr46', 'punycode'].includes(name)), []);
  });

  it('requires http, https, net and tls by their bare names, which VS Code patches for its proxy support', () => {
    const builtins = externals(part).filter((spec) => !spec.startsWith('.') && spec !== 'vscode');
    assert.ok(builtins.includes('http') && builtins.includes('https'), builtins.join(', '));
    assert.deepEqual(builtins.filter((spec) => /^node:(https?|net|tls)$/.test(spec)), []);
    assert.deepEqual(externals(rest).filter((spec) => /^node:(https?|net|tls)$/.test(spec)), []);
    assert.deepEqual(externals(core).filter((spec) => /^(node:)?(https?|net|tls)$/.test(spec)), []);
  });

  describe('no deprecation warning: the transport bundled as the extension is, under --throw-deprecation', () => {
    // The extension host runs on Node 24 (code-server's, once the harness installed it); Node 20 warns of the same
    // deprecations (punycode, url.parse) only with --pending-deprecation, which is given too.
    const hostNode = path.join(installDir(), 'node', 'bin', 'node');
    const nodes = [process.execPath, ...(fs.existsSync(path.join(installDir(), 'install-complete.json')) ? [hostNode] : [])];
    let bundle: string;
    before(async () => {
      bundle = path.join(dir, 'transport.js');
      await esbuild.build({ ...commonOptions({ production: true }), entryPoints: [path.join(repoRoot, 'src', 'platform', 'transport.ts')], outfile: bundle, logLevel: 'silent' });
    });

    for (const node of nodes) {
      it(`on Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}: plain, gzip, redirect, over the limit, aborted`, () => {
        const script = path.join(dir, 'exchange.js');
        fs.writeFileSync(script, EXCHANGES.replace('BUNDLE', JSON.stringify(bundle)));
        const out = execFileSync(node, ['--throw-deprecation', '--pending-deprecation', script], { encoding: 'utf8', stdio: 'pipe' });
        assert.equal(out.trim(), 'plain gzip 302 tooLarge aborted');
      });
    }
  });
});

/** Runs in a child Node: each kind of exchange once against a server of its own; any deprecation throws. */
const EXCHANGES = `
const http = require('http');
const zlib = require('zlib');
const { post } = require(BUNDLE);
const server = http.createServer((req, res) => {
  req.resume();
  if (req.url === '/plain') return res.end('plain');
  if (req.url === '/gzip') return res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(zlib.gzipSync('gzip'));
  if (req.url === '/redirect') return res.writeHead(302, { Location: '/elsewhere' }).end();
  if (req.url === '/big') return res.end('x'.repeat(2000));
  // The head, then nothing: only the signal ends this one.
  res.writeHead(200).write('{', () => controller.abort());
});
const controller = new AbortController();
server.listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + server.address().port;
  const exchange = (path, more) => post({ url: base + path, headers: {}, body: 'a=1', signal: new AbortController().signal, maxBodyBytes: 1000, ...more });
  const seen = [];
  seen.push((await exchange('/plain')).text, (await exchange('/gzip')).text, (await exchange('/redirect')).status);
  await exchange('/big').catch((error) => seen.push(error.failure));
  await exchange('/never', { signal: controller.signal }).catch((error) => seen.push(error.failure));
  console.log(seen.join(' '));
  server.close();
});
`;
