import { strict as assert } from 'node:assert';
import { StrayErrors } from '../../integration/strayErrors';

const ROOT = '/work/vap-vscode';

function errorAt(file: string): Error {
  const error = new Error('boom');
  error.stack = `Error: boom\n    at run (${file}:10:5)`;
  return error;
}

describe('stray errors in the extension host', () => {
  it('keeps errors whose stack runs through our bundle or our compiled tests, once each', () => {
    const stray = new StrayErrors(ROOT);
    const ours = errorAt(`${ROOT}/dist/extension.js`);
    stray.note('unhandled rejection', ours);
    stray.note('unhandled rejection', ours); // mocha re-emits what it sees
    stray.note('uncaught exception', errorAt(`${ROOT}/out/test/integration/tokens.test.js`));
    stray.note('unhandled rejection', errorAt(`${ROOT}/dist/features-ABCD1234.js`)); // loaded after activation
    assert.deepEqual(stray.take().map((error) => error.kind), ['unhandled rejection', 'uncaught exception', 'unhandled rejection']);
    assert.deepEqual(stray.take(), [], 'taken once');
  });

  it("leaves VS Code's own, other extensions', and reasons without a stack", () => {
    const stray = new StrayErrors(ROOT);
    stray.note('unhandled rejection', errorAt('/usr/lib/code-server/lib/vscode/out/vs/workbench/api/node/extensionHostProcess.js'));
    stray.note('unhandled rejection', errorAt(`${ROOT}-other/dist/extension.js`));
    stray.note('unhandled rejection', 'a string reason');
    assert.deepEqual(stray.take(), []);
  });

  it('hears real unhandled rejections of this process while listening', async () => {
    const stray = new StrayErrors(process.cwd());
    const stop = stray.listen();
    try {
      // This file is compiled to out/test/, so the rejection is "ours".
      void Promise.reject(new Error('nobody handles this'));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      stop();
    }
    assert.deepEqual(stray.take().map((error) => error.message), ['nobody handles this']);
  });
});
