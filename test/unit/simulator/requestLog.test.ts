import { strict as assert } from 'node:assert';
import { apiPath, get, post, signIn, useSimulator } from './helpers';

describe('simulator: request log', () => {
  const sim = useSimulator();

  it('records method, path, HTTP method, params, auth kind, result and simulator time', async () => {
    sim().clock.advance(42_000);
    const at = sim().clock.now();
    await post(sim().url, 'environment/control/GetEnvInfo', { session: sim().demo.token, envName: 'nope' });
    const [entry] = sim().requests;
    assert.equal(entry.seq, 1);
    assert.equal(entry.at, at);
    assert.equal(entry.httpMethod, 'POST');
    assert.equal(entry.path, '/1.0/environment/control/rest/getenvinfo');
    assert.equal(entry.method, 'GetEnvInfo');
    assert.equal(entry.params.envName, 'nope');
    assert.equal(entry.auth, 'token');
    assert.equal(entry.result, 901);
  });

  it('classifies authentication as token, session, none or invalid', async () => {
    const session = await signIn(sim());
    await post(sim().url, 'environment/control/GetEnvs', { session });
    await post(sim().url, 'environment/control/GetEnvs', { session: sim().demo.token });
    await post(sim().url, 'environment/control/GetEnvs', { session: 'not-a-session' });
    assert.deepEqual(
      sim().requests.map((entry) => [entry.method, entry.auth]),
      [
        ['Signin', 'none'],
        ['GetEnvs', 'session'],
        ['GetEnvs', 'token'],
        ['GetEnvs', 'invalid'],
      ],
    );
  });

  it('counts requests by method name, partial entry or predicate, and clears', async () => {
    await post(sim().url, 'environment/control/GetEnvs', { session: sim().demo.token });
    await post(sim().url, 'environment/control/GetEnvs', { session: 'bad' });
    await post(sim().url, 'users/account/GetUserInfo', { session: sim().demo.token });
    await fetch(`${sim().url}/nowhere`);
    assert.equal(sim().countRequests(), 4);
    assert.equal(sim().countRequests('getenvs'), 2);
    assert.equal(sim().countRequests({ method: 'GetEnvs', result: 702 }), 1);
    assert.equal(sim().countRequests((entry) => entry.httpStatus === 404), 1);
    sim().clearRequests();
    assert.equal(sim().countRequests(), 0);
    assert.deepEqual(sim().requests, []);
  });

  it('nextRequest() resolves on the next matching request', async () => {
    const next = sim().nextRequest({ method: 'GetUserInfo' });
    await post(sim().url, 'environment/control/GetEnvs', { session: sim().demo.token });
    await post(sim().url, 'users/account/GetUserInfo', { session: sim().demo.token });
    assert.equal((await next).method, 'GetUserInfo');
  });

  it('never holds a secret: sessions, passwords, 2FA codes, token keys (old and new)', async () => {
    const written: string[] = [];
    const originalOut = process.stdout.write.bind(process.stdout);
    const originalErr = process.stderr.write.bind(process.stderr);
    const capture = (chunk: unknown): boolean => (written.push(String(chunk)), true);
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    const secrets: string[] = [sim().demo.password, sim().demo.token, 'tfa-password', '123456', 'wrong-password-xyz'];
    try {
      const session = await signIn(sim());
      secrets.push(session);
      await post(sim().url, 'users/authentication/Signin', { login: 'tfa@example.com', password: 'tfa-password', code: '123456' });
      await post(sim().url, 'users/authentication/Signin', { login: sim().demo.login, password: 'wrong-password-xyz' });
      const created = await post(sim().url, 'users/authentication/CreateToken', {
        session,
        password: sim().demo.password,
        description: 'log test',
        tokenTemplate: 'IDE Plugins',
      });
      const oldKey = created.token?.key ?? '';
      secrets.push(oldKey);
      await post(sim().url, 'environment/control/GetEnvs', { session: oldKey });
      const regenerated = await post(sim().url, 'users/authentication/RegenerateToken', {
        session,
        id: created.token?.id,
        password: sim().demo.password,
      });
      const newKey = regenerated.token?.key ?? '';
      secrets.push(newKey);
      // Secrets in odd places: a GET query, an unrelated parameter, an unknown path, a dead key.
      await get(sim().url, 'environment/control/GetEnvInfo', { session: newKey, envName: 'shop-prod' });
      await post(sim().url, 'environment/control/GetEnvInfo', { session: newKey, envName: newKey, note: `my key is ${newKey}` });
      await fetch(`${sim().url}/1.0/nope/rest/x?session=${newKey}&password=${sim().demo.password}`);
      await post(sim().url, 'environment/control/GetEnvs', { session: oldKey });
      await fetch(`${sim().url}${apiPath('environment/control/GetEnvs')}`, { method: 'DELETE' });
    } finally {
      process.stdout.write = originalOut;
      process.stderr.write = originalErr;
    }
    const log = JSON.stringify(sim().requests);
    assert.ok(sim().requests.length >= 10);
    for (const secret of secrets) {
      assert.ok(secret.length >= 6);
      assert.equal(log.includes(secret), false, `the log holds a secret (${secret.length} chars)`);
      assert.equal(written.join('').includes(secret), false, 'the console got a secret');
    }
    assert.match(log, /<redacted>/);
    assert.match(log, /shop-prod/, 'ordinary values stay readable');
  });
});
