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

/** Our own modules in an output: the source files, without the stand-ins for the core's modules (`core:` ones). */
const ownModules = (output: MetafileOutput): string[] => Object.keys(output.inputs).filter((file) => file.startsWith('src/'));
const externals = (output: MetafileOutput): string[] => [...new Set(output.imports.filter((i) => i.external === true).map((i) => i.path))].sort();

describe('the bundle (esbuild.mjs, read from its metafile)', function () {
  this.timeout(60_000);
  let dir: string;
  let metafile: Metafile;
  let core: MetafileOutput;
  let part: MetafileOutput;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vap-bundle-'));
    execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${dir}`], { cwd: repoRoot, stdio: 'pipe' });
    metafile = readMetafile(dir);
    const output = (name: string): MetafileOutput => {
      const found = Object.entries(metafile.outputs).find(([file]) => path.basename(file) === name);
      assert.ok(found, `${name} among ${Object.keys(metafile.outputs).join(', ')}`);
      return found[1];
    };
    core = output('extension.js');
    part = output('features.js');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('activation loads dist/extension.js alone; the rest is one file, required at first use', () => {
    const files = bundleFiles(dir);
    assert.deepEqual(files.all, ['extension.js', 'features.js']);
    assert.deepEqual(files.atActivation, ['extension.js']);
    assert.ok(ownModules(core).includes('src/extension.ts'));
    // The part is what the core imports with import(): its entry point.
    const lazyImports = ownModules(core).flatMap((file) => metafile.inputs[file].imports.filter((i) => i.kind === 'dynamic-import'));
    assert.deepEqual(lazyImports.map((i) => i.path), ['./features.js']);
    assert.ok(part.entryPoint !== undefined && ownModules(part).includes(part.entryPoint), String(part.entryPoint));
  });

  it('every module is in one file only: the part uses the core’s own instances', () => {
    const inCore = new Set(Object.keys(core.inputs));
    assert.deepEqual(Object.keys(part.inputs).filter((file) => inCore.has(file)), [], 'bundled twice');
    // What the part takes from the core, it takes through require('./extension.js').coreModules.
    const fromCore = Object.keys(part.inputs).filter((file) => file.startsWith('core:')).map((file) => file.slice('core:'.length));
    assert.ok(fromCore.some((file) => file.endsWith('/l10n.ts')), 'the translator is set in the core and used in the part');
    assert.deepEqual(fromCore.filter((file) => !inCore.has(file)), []);
    const code = fs.readFileSync(path.join(dir, 'extension.js'), 'utf8');
    for (const file of fromCore) assert.ok(code.includes(JSON.stringify(file)), `the core exports ${file}`);
    assert.deepEqual(externals(part).filter((spec) => spec.startsWith('.')), ['./extension.js']);
  });

  it('node-fetch is bundled into the part, and the core loads nothing of it', () => {
    const packages = (output: MetafileOutput): string[] =>
      [...new Set(Object.keys(output.inputs).filter((file) => file.startsWith('node_modules/')).map((file) => file.split('/')[1]))].sort();
    assert.deepEqual(packages(core), []);
    assert.ok(packages(part).includes('node-fetch'), packages(part).join(', '));
    // node-fetch 2's URL parser: it requires `punycode`, deprecated (DEP0040).
    assert.deepEqual(packages(part).filter((name) => ['whatwg-url', 'tr46', 'punycode'].includes(name)), []);
  });

  it('requires http, https, net and tls by their bare names, which VS Code patches for its proxy support', () => {
    const builtins = externals(part).filter((spec) => !spec.startsWith('.') && spec !== 'vscode');
    assert.ok(builtins.includes('http') && builtins.includes('https'), builtins.join(', '));
    assert.deepEqual(builtins.filter((spec) => /^node:(https?|net|tls)$/.test(spec)), []);
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
