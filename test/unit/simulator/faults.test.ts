import { strict as assert } from 'node:assert';
import { post, postRaw, settledFlag, useSimulator } from './helpers';

const GETENVS = 'environment/control/GetEnvs';

/** Lets pending I/O callbacks run a few times, so an answer that was going to arrive has arrived. */
async function roundTrips(base: string, token: string, count = 3): Promise<void> {
  for (let index = 0; index < count; index++) await post(base, GETENVS, { session: token });
}

describe('simulator: fault injection', () => {
  const sim = useSimulator();
  const getEnvs = () => postRaw(sim().url, GETENVS, { session: sim().demo.token });
  const act = (method: string, envName: string) => postRaw(sim().url, `environment/control/${method}`, { session: sim().demo.token, envName });

  it('http: answers the given status with an HTML page, once by default', async () => {
    sim().faults.add({ kind: 'http', status: 503 });
    const faulty = await getEnvs();
    assert.equal(faulty.status, 503);
    assert.match(faulty.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await faulty.text(), /503/);
    const normal = await getEnvs();
    assert.equal(normal.status, 200);
    assert.equal(((await normal.json()) as { result: number }).result, 0);
  });

  it('http: defaults to 502', async () => {
    sim().faults.add({ kind: 'http' });
    assert.equal((await getEnvs()).status, 502);
  });

  it('html: HTTP 200 with an HTML page instead of JSON', async () => {
    sim().faults.add({ kind: 'html' });
    const response = await getEnvs();
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const text = await response.text();
    assert.match(text, /^<!DOCTYPE html>/);
    assert.throws(() => JSON.parse(text));
  });

  it('cut: destroys the connection without answering', async () => {
    sim().faults.add({ kind: 'cut' });
    await assert.rejects(getEnvs());
    assert.equal((await getEnvs()).status, 200);
  });

  it('malformed: HTTP 200 JSON content type with a body that does not parse', async () => {
    sim().faults.add({ kind: 'malformed' });
    const response = await getEnvs();
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    await assert.rejects(response.json(), SyntaxError);
  });

  it('slowBody: sends headers and part of the body, then stalls until the simulator closes', async () => {
    sim().faults.add({ kind: 'slowBody' });
    const response = await getEnvs();
    assert.equal(response.status, 200);
    const reader = response.body?.getReader();
    assert.ok(reader);
    const first = await reader.read();
    assert.match(new TextDecoder().decode(first.value), /^\{"result":0/);
    const rest = reader.read();
    const settled = settledFlag(rest);
    await roundTrips(sim().url, sim().demo.token);
    assert.equal(settled(), false, 'the rest never comes');
    await sim().close();
    await assert.rejects(rest);
  });

  it('hang: never answers until the simulator closes', async () => {
    sim().faults.add({ kind: 'hang' });
    const arrived = sim().nextRequest('GetEnvs');
    const call = getEnvs();
    const settled = settledFlag(call);
    await arrived;
    await roundTrips(sim().url, sim().demo.token);
    assert.equal(settled(), false);
    await sim().close();
    await assert.rejects(call);
  });

  it('json: answers an exact object, e.g. an error wrapped in a successful envelope', async () => {
    const odd = { result: 0, response: { result: 2212, error: 'not allowed', extra: null } };
    sim().faults.add({ kind: 'json', method: 'StopEnv', body: odd });
    const response = await act('StopEnv', 'shop-prod');
    assert.deepEqual(await response.json(), odd);
    assert.equal(sim().getEnv('shop-prod')?.status, 1, 'the call never reached the platform');
  });

  it('json: can answer unexpected types', async () => {
    sim().faults.add({ kind: 'json', body: { result: '0', infos: 'none' } });
    assert.deepEqual(await (await getEnvs()).json(), { result: '0', infos: 'none' });
  });

  it('redirect: answers 302 with the given location', async () => {
    sim().faults.add({ kind: 'redirect', location: 'https://login.example.com/sso' });
    const response = await postRaw(sim().url, GETENVS, { session: sim().demo.token }, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), 'https://login.example.com/sso');
  });

  it('latency: delays the answer by real milliseconds', async () => {
    sim().faults.add({ kind: 'latency', ms: 150 });
    const started = performance.now();
    const response = await getEnvs();
    assert.ok(performance.now() - started >= 140, 'answer delayed');
    assert.equal(((await response.json()) as { result: number }).result, 0);
  });

  it('matches the method case-insensitively and leaves other methods alone', async () => {
    sim().faults.add({ kind: 'http', status: 500, method: 'getenvs', times: 2 });
    const other = await post(sim().url, 'users/account/GetUserInfo', { session: sim().demo.token });
    assert.equal(other.result, 0);
    assert.equal((await getEnvs()).status, 500);
    assert.equal((await getEnvs()).status, 500);
    assert.equal((await getEnvs()).status, 200, 'used up after `times`');
    assert.equal(sim().faults.pending.length, 0);
  });

  it('can be removed before use', async () => {
    const fault = sim().faults.add({ kind: 'http', times: Infinity });
    assert.equal((await getEnvs()).status, 502);
    assert.equal((await getEnvs()).status, 502);
    sim().faults.remove(fault);
    assert.equal((await getEnvs()).status, 200);
  });

  it('without applyOperation, a cut action never reaches the platform', async () => {
    sim().faults.add({ kind: 'cut', method: 'StopEnv' });
    await assert.rejects(act('StopEnv', 'shop-prod'));
    assert.equal(sim().getEnv('shop-prod')?.status, 1);
    assert.deepEqual(sim().operationsInProgress, []);
  });

  it('cut + applyOperation: the client loses the connection but the start goes on', async () => {
    sim().faults.add({ kind: 'cut', method: 'StartEnv', applyOperation: true });
    await assert.rejects(act('StartEnv', 'staging-api'));
    assert.equal(sim().getEnv('staging-api')?.status, 3, 'still launching on the platform');
    sim().clock.advance(sim().durations.start);
    assert.equal(sim().getEnv('staging-api')?.status, 1);
  });

  it('hang + applyOperation: the stop completes on the platform, the client never hears back', async () => {
    sim().faults.add({ kind: 'hang', method: 'StopEnv', applyOperation: true });
    const call = act('StopEnv', 'shop-prod');
    const settled = settledFlag(call);
    await sim().operationStarted('shop-prod');
    sim().clock.advance(sim().durations.stop);
    assert.equal(sim().getEnv('shop-prod')?.status, 2);
    await roundTrips(sim().url, sim().demo.token);
    assert.equal(settled(), false);
    assert.equal(sim().requests.find((entry) => entry.method === 'StopEnv')?.result, 0, 'the log knows the real outcome');
    await sim().close();
    await assert.rejects(call);
  });

  it('latency + applyOperation: the action starts at once and only the answer waits', async () => {
    sim().faults.add({ kind: 'latency', ms: 100, method: 'StartEnv', applyOperation: true });
    const began = performance.now();
    const call = act('StartEnv', 'dev-sandbox');
    await sim().operationStarted('dev-sandbox');
    assert.equal(sim().getEnv('dev-sandbox')?.status, 3);
    sim().completeOperations();
    const response = await call;
    assert.ok(performance.now() - began >= 90);
    assert.equal(((await response.json()) as { result: number }).result, 0);
  });

  it('http + applyOperation: a 502 from the proxy while the sleep still happens', async () => {
    sim().faults.add({ kind: 'http', status: 504, method: 'SleepEnv', applyOperation: true });
    assert.equal((await act('SleepEnv', 'cafe-unicode')).status, 504);
    assert.equal(sim().getEnv('cafe-unicode')?.status, 14);
    sim().completeOperations();
    assert.equal(sim().getEnv('cafe-unicode')?.status, 4);
  });

  it('records the fault in the request log', async () => {
    sim().faults.add({ kind: 'malformed' });
    await (await getEnvs()).text();
    assert.equal(sim().countRequests({ fault: 'malformed' }), 1);
  });
});
