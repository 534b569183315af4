import * as assert from 'node:assert/strict';
import { PRODUCTION_MODE, exportsFor } from '../../../src/activation/testApiGate';

describe('the test API gate', () => {
  it('an installed (production) extension exports nothing, and does not even build the API', () => {
    let built = false;
    assert.equal(
      exportsFor(PRODUCTION_MODE, () => {
        built = true;
        return { tokens: 'secret' };
      }),
      undefined,
    );
    assert.equal(built, false);
  });

  it('a development (2) or test (3) run exports the API', () => {
    for (const mode of [2, 3]) assert.deepEqual(exportsFor(mode, () => ({ mode })), { mode });
  });
});
