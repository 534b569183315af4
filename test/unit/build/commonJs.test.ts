// build/commonJs.cjs: esbuild's split ES module files, turned into CommonJS that VS Code's require() loads. Built here
// from small sources with the same esbuild options as esbuild.mjs, then loaded and run.

import { strict as assert } from 'node:assert';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../harness/paths';

interface CommonJsConverter {
  toCommonJs(code: string): string;
  convertToCommonJs(files: string[]): Promise<void>;
}

const load = createRequire(__filename);
const { toCommonJs, convertToCommonJs } = load(path.join(repoRoot, 'build', 'commonJs.cjs')) as CommonJsConverter;

/** An entry that shares a module and a class with a part it loads later, and uses Node modules both ways. */
const SOURCES: Record<string, string> = {
  'shared.ts': `
    export const counter = { value: 0 };
    export class Shape { constructor(readonly name: string) {} }
    let greeting = 'hello';
    export function setGreeting(text: string) { greeting = text; }
    export function greet(name: string) { return greeting + ' ' + name; }`,
  'entry.ts': `
    import path = require('node:path');
    import * as os from 'node:os';
    import { counter, Shape, setGreeting } from './shared';
    export function start() {
      counter.value += 1;
      setGreeting('hi');
      return import('./later').then(({ finish }) => finish(new Shape('square'), path.basename('/a/b.txt'), typeof os.cpus));
    }`,
  'later.ts': `
    import { counter, Shape, greet } from './shared';
    export function finish(shape: Shape, base: string, cpus: string) {
      counter.value += 1;
      return { count: counter.value, sameClass: shape instanceof Shape, greeting: greet(shape.name), base, cpus };
    }`,
};

async function buildSplit(minify: boolean): Promise<{ dir: string; files: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vap-cjs-'));
  for (const [name, text] of Object.entries(SOURCES)) fs.writeFileSync(path.join(dir, name), text);
  const result = await esbuild.build({
    entryPoints: { entry: path.join(dir, 'entry.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node16.14',
    outdir: path.join(dir, 'out'),
    chunkNames: '[name]-[hash]',
    minify,
    sourcemap: !minify,
    metafile: true,
    logLevel: 'silent',
  });
  return { dir, files: Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')).map((file) => path.resolve(file)) };
}

describe('build: split ES modules to CommonJS', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const minify of [true, false]) {
    it(`${minify ? 'production' : 'development'} build: runs under require(), one copy of the shared module, the later part loaded on demand`, async () => {
      const { dir, files } = await buildSplit(minify);
      dirs.push(dir);
      assert.ok(files.length >= 3, `entry, later part and shared chunk: ${files.join(', ')}`);
      const before = files.map((file) => fs.readFileSync(file, 'utf8'));
      await convertToCommonJs(files);
      files.forEach((file, index) => {
        const after = fs.readFileSync(file, 'utf8');
        assert.equal(after.split('\n').length, before[index].split('\n').length, `${path.basename(file)} keeps its lines (source maps)`);
        // Minified, esbuild's stand-in for require becomes require itself (development builds keep it; it works too).
        if (minify) assert.doesNotMatch(after, /Dynamic require of/, 'no ES module stand-in for require is left');
      });
      const entryFile = files.find((file) => path.basename(file) === 'entry.js') as string;
      const laterFile = files.find((file) => path.basename(file).startsWith('later-')) as string;
      const entry = load(entryFile) as { start(): Promise<unknown> };
      assert.equal(load.cache[laterFile], undefined, 'loading the entry does not load the later part');
      assert.deepEqual(await entry.start(), { count: 2, sameClass: true, greeting: 'hi square', base: 'b.txt', cpus: 'function' });
      assert.notEqual(load.cache[laterFile], undefined);
    });
  }

  it('turns the import and export forms esbuild writes into CommonJS, keeping line breaks', () => {
    const code = 'import{a as b,c as d}from"./chunk-X.js";import*as fs from"node:fs";\nlet x=()=>import("./later-Y.js");\nexport{\n  e as f,\n  g\n};\n//# sourceMappingURL=entry.js.map\n';
    assert.equal(
      toCommonJs(code),
      '"use strict";const{a:b,c:d}=require("./chunk-X.js");const fs=require("node:fs");\nlet x=()=>Promise.resolve().then(() => require("./later-Y.js"));\nmodule.exports={\n  f:e,\n  g\n};\n//# sourceMappingURL=entry.js.map\n',
    );
  });

  it('fails the build when ES module syntax it does not convert is left', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vap-cjs-'));
    dirs.push(dir);
    const file = path.join(dir, 'odd.js');
    fs.writeFileSync(file, 'const value = 1;\nexport default value;\n');
    await assert.rejects(convertToCommonJs([file]), /ES module syntax left in .*odd\.js/);
  });
});
