import * as assert from 'node:assert/strict';
import { sourceFiles } from './sourceGraph';

/** No god files: a file this long does more than one job (issue 15). */
const MAX_LINES = 300;

describe('Architecture: file size', () => {
  it(`keeps every file in src/ at ${MAX_LINES} lines or fewer`, () => {
    const files = sourceFiles();
    assert.ok(files.length > 50);
    const long = files
      .map((file) => ({ name: file.name, lines: file.text.split('\n').length - (file.text.endsWith('\n') ? 1 : 0) }))
      .filter((file) => file.lines > MAX_LINES)
      .map((file) => `${file.name}: ${file.lines} lines`);
    assert.deepEqual(long, []);
  });
});
