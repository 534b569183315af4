import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_USER_AGENT, EXTENSION_VERSION } from '../../../src/platform/version';

// Compiled to out/test/unit/platform: the repository root is four levels up.
const ROOT = path.resolve(__dirname, '../../../..');
const PLATFORM = path.join(ROOT, 'src', 'platform');
/** The one layer below platform/ (events, the translation helper), itself kept free of vscode by the layer test. */
const UTIL = path.join(ROOT, 'src', 'util');
/** The module named by any import or require form. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
/** `from 'vscode'`, `import 'vscode'`, `import('vscode')`, `require('vscode')`, also subpaths. */
const VSCODE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]vscode(?:\/[^'"]*)?['"]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.[cm]?[jt]s$/.test(entry.name) ? [full] : [];
  });
}

describe('platform boundary', () => {
  it('no file under src/platform imports or requires vscode', () => {
    const files = sourceFiles(PLATFORM);
    assert.ok(files.length >= 10, `found only ${files.length} files under ${PLATFORM}`);
    const offenders = files.filter((file) => VSCODE_IMPORT.test(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(offenders.map((file) => path.relative(ROOT, file)), []);
  });

  it('imports only its own files, util/, Node built-ins, node-fetch and its multipart encoder, so nothing pulls vscode in indirectly', () => {
    const allowed = new Set(['node-fetch', 'formdata-polyfill/esm.min.js']);
    const outside: string[] = [];
    for (const file of sourceFiles(PLATFORM)) {
      for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        const target = path.resolve(path.dirname(file), spec);
        const inside = spec.startsWith('.') && (target.startsWith(PLATFORM + path.sep) || target.startsWith(UTIL + path.sep));
        if (!inside && !allowed.has(spec) && !spec.startsWith('node:')) outside.push(`${path.basename(file)}: ${spec}`);
      }
    }
    assert.deepEqual(outside, []);
  });

  it('nothing in src loads node:http or node:https, which VS Code proxy support does not patch', () => {
    // The host hands extensions a proxied copy only for `require('http'|'https')`; the bundle's side of this (the
    // names node-fetch's requests use) is checked in test/unit/build/bundle.test.ts.
    const prefixed = sourceFiles(path.join(ROOT, 'src')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(SPECIFIER)]
        .filter(([, spec]) => spec === 'node:http' || spec === 'node:https')
        .map(([, spec]) => `${path.relative(ROOT, file)}: ${spec}`),
    );
    assert.deepEqual(prefixed, []);
  });

  it('the check itself catches every import form', () => {
    for (const line of [
      "import * as vscode from 'vscode';",
      'import { window } from "vscode";',
      "import 'vscode';",
      "const v = require('vscode');",
      "const v = await import('vscode');",
      "export { Uri } from 'vscode';",
    ]) {
      assert.match(line, VSCODE_IMPORT);
    }
    assert.doesNotMatch("import { x } from './vscodeish';", VSCODE_IMPORT);
  });

  it('the User-Agent version matches package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(EXTENSION_VERSION, pkg.version);
    assert.equal(DEFAULT_USER_AGENT, `vap-vscode/${pkg.version}`);
  });
});
