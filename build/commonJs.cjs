// Turns esbuild's split ES module files into CommonJS, line for line (so their source maps stay right): static
// imports become `require`s destructured once, `import("./x.js")` a `require` run later, the export list
// `module.exports`. esbuild can convert too (a second bundling pass), but it wraps every file in its module helpers
// and every cross-file use in a getter call: 4 KB more, and slower to run.
// One difference: an import is copied when the file loads, not a live binding. Exported `let`s that change later
// would go stale; src/ exports functions, classes and constants (the translator, say, is read through t()).
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');

const STATIC_IMPORT = /\bimport\s*(\{[^}]*\}|\*\s*as\s+[\w$]+)\s*from\s*("[^"]+");/g;
const DYNAMIC_IMPORT = /\bimport\(("\.\/[^"]+")\)/g;
// esbuild's stand-in for `require` in an ES module (minified); in CommonJS it is `require` itself.
const REQUIRE_SHIM =
  /\((\w)=>typeof require<"u"\?require:typeof Proxy<"u"\?new Proxy\(\1,\{get:\((\w),(\w)\)=>\(typeof require<"u"\?require:\2\)\[\3\]\}\):\1\)\(function\((\w)\)\{if\(typeof require<"u"\)return require\.apply\(this,arguments\);throw Error\('Dynamic require of "'\+\4\+'" is not supported'\)\}\)/;
const EXPORT_LIST = /\bexport\s*\{([^}]*)\};?(?=\s*(?:\/\/# sourceMappingURL=\S+\s*)?$)/;

/** `a as b, c` → `b:a, c` for exports, `a:b, c` for imports; only line breaks are kept of the spacing around `as`. */
function renamed(list, fromFirst) {
  return list.replace(/([\w$]+)(\s+)as(\s+)([\w$]+)/g, (_, first, space1, space2, second) => {
    const breaks = (space1 + space2).replace(/[^\n]/g, '');
    return fromFirst ? `${first}:${breaks}${second}` : `${second}:${breaks}${first}`;
  });
}

/** @param {string} code an ES module esbuild wrote @returns {string} the same as CommonJS, line for line */
function toCommonJs(code) {
  const converted = code
    .replace(STATIC_IMPORT, (_, what, from) => {
      if (what.startsWith('*')) return `const ${what.replace(/^\*\s*as\s+/, '')}=require(${from});`;
      return `const${renamed(what, true)}=require(${from});`;
    })
    .replace(REQUIRE_SHIM, 'require')
    .replace(DYNAMIC_IMPORT, (_, from) => `Promise.resolve().then(() => require(${from}))`)
    .replace(EXPORT_LIST, (_, list) => `module.exports={${renamed(list, false)}};`);
  // ES modules are strict; keep them so.
  return `"use strict";${converted}`;
}

/**
 * Converts the files in place, then has esbuild read each back: any import or export left fails the build.
 * @param {string[]} files
 */
async function convertToCommonJs(files) {
  for (const file of files) fs.writeFileSync(file, toCommonJs(fs.readFileSync(file, 'utf8')));
  const check = await esbuild.build({
    entryPoints: files,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'unused',
    platform: 'node',
    logLevel: 'silent',
    plugins: [{ name: 'alone', setup: (build) => build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path, external: true })) }],
  });
  const leftovers = Object.entries(check.metafile.inputs).filter(([, input]) => input.format === 'esm');
  if (leftovers.length > 0) throw new Error(`ES module syntax left in ${leftovers.map(([file]) => file).join(', ')}`);
}

module.exports = { toCommonJs, convertToCommonJs };
