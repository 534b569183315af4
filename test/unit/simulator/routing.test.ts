import { strict as assert } from 'node:assert';
import { apiPath, get, post, postRaw, signIn, useSimulator } from './helpers';

describe('simulator: transport and envelope', () => {
  const sim = useSimulator();

  it('answers unknown paths with HTTP 404 and an HTML page', async () => {
    for (const path of ['/', '/1.0/environment/control/rest/nosuchmethod', '/1.0/nope/nothing/rest/getenvs', '/environment/control/rest/getenvs']) {
      const response = await fetch(sim().url + path, { method: 'POST' });
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await response.text(), /<html/i);
    }
  });

  it('serves methods under /1.0/<group>/<service>/rest/<lower-case method> with POST form bodies', async () => {
    const response = await postRaw(sim().url, 'environment/control/GetEnvs', { session: sim().demo.token });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const answer = (await response.json()) as { result: number };
    assert.equal(answer.result, 0);
  });

  it('answers errors with HTTP 200, result ≠ 0, error and source', async () => {
    const response = await postRaw(sim().url, 'environment/control/GetEnvInfo', { session: sim().demo.token, envName: 'nope' });
    assert.equal(response.status, 200);
    const answer = (await response.json()) as Record<string, unknown>;
    assert.equal(answer.result, 901);
    assert.equal(typeof answer.error, 'string');
    assert.equal(answer.source, 'JEL');
  });

  it('accepts GET with a query string for read methods', async () => {
    const answer = await get(sim().url, 'environment/control/GetEnvInfo', { session: sim().demo.token, envName: 'shop-prod' });
    assert.equal(answer.result, 0);
    assert.equal(answer.env?.envName, 'shop-prod');
  });

  it('refuses Signin over GET and opens no session', async () => {
    const answer = await get(sim().url, 'users/authentication/Signin', { login: sim().demo.login, password: sim().demo.password });
    assert.notEqual(answer.result, 0);
    assert.equal(answer.session, undefined);
  });

  it('refuses other HTTP methods on API paths', async () => {
    const response = await fetch(sim().url + apiPath('environment/control/GetEnvs'), { method: 'PUT' });
    assert.equal(response.status, 405);
  });

  it('leaves out keys whose value is null (a token without expiry has no expiresAt key)', async () => {
    const session = await signIn(sim());
    const answer = await post(sim().url, 'users/authentication/GetTokens', { session });
    const token = answer.apiTokens?.[0];
    assert.ok(token);
    assert.equal('expiresAt' in token, false);
    assert.equal('key' in token, false);
  });

  it('reads parameters from the query too when the body lacks them', async () => {
    const url = `${sim().url}${apiPath('environment/control/GetEnvInfo')}?envName=shop-prod`;
    const response = await fetch(url, { method: 'POST', body: new URLSearchParams({ session: sim().demo.token }) });
    assert.equal(((await response.json()) as { result: number }).result, 0);
  });

  it('decodes UTF-8 form values', async () => {
    const session = await signIn(sim());
    const answer = await post(sim().url, 'users/authentication/CreateToken', {
      session,
      password: sim().demo.password,
      description: 'Jeton — 東京 ✓',
      tokenTemplate: 'IDE Plugins',
    });
    assert.equal(answer.token?.description, 'Jeton — 東京 ✓');
  });
});
