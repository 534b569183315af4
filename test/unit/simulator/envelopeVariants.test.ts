import { strict as assert } from 'node:assert';
import { post, useSimulator } from './helpers';

// platform-api.md "Response envelope": older platforms add `debug` to successes and errors [C: MVN]; a null key is
// sometimes kept (`response: null` [C: MVN deploy_error.json]); some calls wrap a second result [C].
describe('simulator: envelope variants', () => {
  const sim = useSimulator();
  const envs = () => post(sim().url, 'environment/control/GetEnvs', { session: sim().demo.token });

  it('plain (default): no debug block, no null keys', async () => {
    const answer = await envs();
    assert.equal(answer.debug, undefined);
    assert.ok(!JSON.stringify(answer).includes('null'));
  });

  it('legacy: a debug block on successes and errors, and errors keep response: null', async () => {
    sim().variants.envelope = 'legacy';
    const ok = await envs();
    assert.deepEqual([ok.result, ok.debug], [0, { time: 134, cpu: { usage: 0.93, time: 10 } }]);
    const refused = await post(sim().url, 'environment/control/GetEnvs', { session: 'not-a-token-at-all-xx' });
    assert.equal(refused.result, 702);
    assert.ok(refused.debug);
    assert.equal(refused.response, null);
    assert.ok('response' in refused);
  });

  it("nested: an environment action's refusal comes as result 0 with the 2212 inside response", async () => {
    sim().variants.envelope = 'nested';
    const answer = await post(sim().url, 'environment/control/StartEnv', { session: sim().demo.token, envName: 'shop-prod' });
    assert.equal(answer.result, 0);
    assert.equal((answer.response as { result: number }).result, 2212);
    assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: 'nope-nope-nope' })).result, 702, 'others stay flat');
  });

  it('deadSessionReply result3: a dead token gets "invalid parameter [session]"', async () => {
    sim().variants.deadSessionReply = 'result3';
    const answer = await post(sim().url, 'environment/control/GetEnvs', { session: 'dead-token-dead-token' });
    assert.deepEqual([answer.result, answer.error], [3, 'invalid parameter [session]']);
  });
});
