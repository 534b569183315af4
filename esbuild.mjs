// Bundles the extension into one CommonJS file; `vscode` is provided by the host.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// node-fetch v2 falls back to the whatwg-url package only where Node has no URL class; every Node that runs VS Code
// has one, so the fallback (and its 260 KB Unicode table) is swapped for Node's own URL.
const nodeUrlForWhatwgUrl = {
  name: 'node-url-for-whatwg-url',
  setup(build) {
    build.onResolve({ filter: /^whatwg-url$/ }, () => ({ path: 'whatwg-url', namespace: 'node-url-shim' }));
    build.onLoad({ filter: /.*/, namespace: 'node-url-shim' }, () => ({
      contents: "module.exports = { URL: require('url').URL };",
      loader: 'js',
    }));
  },
};

const options = {
  entryPoints: ['src/extension.ts'],
  bundle: true,
  outfile: 'dist/extension.js',
  external: ['vscode'],
  format: 'cjs',
  platform: 'node',
  target: 'node16',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'info',
  plugins: [nodeUrlForWhatwgUrl],
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
