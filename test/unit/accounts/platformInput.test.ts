import { strict as assert } from 'node:assert';
import { checkPlatformAddress, looksLikeToken, PASTED_TOKEN_MESSAGE } from '../../../src/accounts/platformInput';

describe('platform address box', () => {
  const token = '3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901';

  it('accepts what users paste', () => {
    assert.deepEqual(checkPlatformAddress('app.example.com'), { origin: 'https://app.example.com' });
    assert.deepEqual(checkPlatformAddress(' https://app.example.com/dashboard/#env '), { origin: 'https://app.example.com' });
    assert.deepEqual(checkPlatformAddress('localhost:8080'), { origin: 'http://localhost:8080' });
  });

  it('drops anything after the host, including a token in a query', () => {
    assert.deepEqual(checkPlatformAddress(`https://app.example.com/1.0/environment/control/rest/stopenv?session=${token}`), {
      origin: 'https://app.example.com',
    });
  });

  it('says a pasted token is a token, without repeating it', () => {
    for (const text of [token, ` ${token} `, 'ghp_' + 'x'.repeat(36), `https://${token}`]) {
      assert.ok(looksLikeToken(text), text);
      const result = checkPlatformAddress(text);
      assert.deepEqual(result, { problem: PASTED_TOKEN_MESSAGE });
    }
  });

  it('refuses bad addresses with a sentence that never contains the input', () => {
    for (const text of ['http://app.example.com', 'ftp://app.example.com', 'user:pw@app.example.com', 'not an address', token.slice(0, 12)]) {
      const result = checkPlatformAddress(text);
      assert.ok('problem' in result, text);
      assert.ok(result.problem.endsWith('.'), result.problem);
      if (!text.includes('example.com')) assert.ok(!result.problem.includes(text.trim()), result.problem);
    }
  });
});
