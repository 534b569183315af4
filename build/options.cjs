// The esbuild options every bundle of the extension shares (esbuild.mjs), also used by the tests that check what the
// bundle does under Node (test/unit/build/).
'use strict';

/**
 * VS Code patches `http`, `https`, `net` and `tls` for each extension (proxy settings, certificates) by intercepting
 * `require` of exactly those names: `require('node:http')` gets the unpatched module. node-fetch imports the
 * `node:` names, so the bundle asks for the bare ones.
 */
const bareNodeNames = {
  name: 'bare-node-names',
  setup(build) {
    build.onResolve({ filter: /^node:(https?|net|tls)$/ }, (args) => ({ path: args.path.slice('node:'.length), external: true }));
  },
};

/**
 * fetch-blob (node-fetch's Blob) falls back to web-streams-polyfill where Node has no `node:stream/web`: before
 * 16.5, below our floor of 16.14. The fallback never runs; left out, it saves 60 KB of the part that loads first.
 */
const UNREACHABLE = /^web-streams-polyfill\/dist\/ponyfill\.es2018\.js$/;
const leaveOutUnreachable = {
  name: 'leave-out-unreachable',
  setup(build) {
    build.onResolve({ filter: UNREACHABLE }, (args) => ({ path: args.path, namespace: 'unreachable' }));
    build.onLoad({ filter: /.*/, namespace: 'unreachable' }, () => ({
      contents: 'throw new Error("unreachable: Node older than VS Code 1.74 runs");',
      loader: 'js',
    }));
  },
};

/** @param {{ production: boolean }} options */
function commonOptions({ production }) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // VS Code 1.74 (our floor) runs Node 16.14: no need to lower class fields and the like.
    target: 'node16.14',
    // `import()` becomes `require()`: VS Code loads extensions as CommonJS, and patches only what `require` loads.
    supported: { 'dynamic-import': false },
    external: ['vscode'],
    charset: 'utf8',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    legalComments: production ? 'none' : 'inline',
    logLevel: 'warning',
    metafile: true,
    plugins: [bareNodeNames, leaveOutUnreachable],
  };
}

module.exports = { commonOptions };
