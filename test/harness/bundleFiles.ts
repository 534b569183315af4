// The build's JavaScript files (dist/*.js) and which of them activation loads: dist/extension.js and what it
// requires at once, following `require`s, but not what it requires later (`import()`; see build/commonJs.cjs).

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BundleFiles {
  readonly all: string[];
  readonly atActivation: string[];
}

/** A `require("./x.js")` that runs when the file loads; the deferred ones read `=> require("./x.js")`. */
const IMMEDIATE_REQUIRE = /(?<!=> )require\("\.\/([^"]+)"\)/g;

export function bundleFiles(dir: string): BundleFiles {
  const all = fs.readdirSync(dir).filter((name) => name.endsWith('.js')).sort();
  const atActivation: string[] = [];
  const visit = (name: string): void => {
    if (atActivation.includes(name) || !all.includes(name)) return;
    atActivation.push(name);
    const code = fs.readFileSync(path.join(dir, name), 'utf8');
    for (const match of code.matchAll(IMMEDIATE_REQUIRE)) visit(match[1]);
  };
  visit('extension.js');
  return { all, atActivation };
}
