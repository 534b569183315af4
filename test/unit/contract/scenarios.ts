// For each platform method the extension calls, the simulator's replies worth checking: successes and the
// refusals the extension handles, each fetched over HTTP exactly as the simulator sends it.

import type { ApiMethod } from '../../../src/platform/methods';
import { Simulator } from '../../simulator';
import { post, signIn } from '../simulator/helpers';

export interface Reply {
  readonly label: string;
  readonly body: unknown;
}

type Scenario = (sim: Simulator) => Promise<Reply[]>;

const AUTH = 'users/authentication';
const CONTROL = 'environment/control';
const TFA = { login: 'tfa@example.com', password: 'tfa-password' };

const restricted = async (sim: Simulator): Promise<string> => (await post(sim.url, `${AUTH}/Signin`, TFA)).session as string;
const wrongCode = (sim: Simulator): string => (sim.twoFactorCode(TFA.login) === '000000' ? '111111' : '000000');

/** An environment action that blocks until done: started, completed by the test, answered. */
async function action(sim: Simulator, method: string, params: Record<string, string | number>): Promise<unknown> {
  const answer = post(sim.url, `${CONTROL}/${method}`, { session: sim.demo.token, ...params });
  await sim.operationStarted(String(params.envName));
  sim.completeOperations();
  return answer;
}

/** A token to change: made through the API, so its reply is what CreateToken answers. */
async function ownToken(sim: Simulator, session: string): Promise<number> {
  const answer = await post(sim.url, `${AUTH}/CreateToken`, { session, password: sim.demo.password, description: 'contract', tokenTemplate: 'IDE Plugins' });
  return (answer.token as { id: number }).id;
}

export const SCENARIOS: Readonly<Record<ApiMethod, Scenario>> = {
  GetEnvs: async (sim) => [
    { label: 'the demo account', body: await post(sim.url, `${CONTROL}/GetEnvs`, { session: sim.demo.token, lazy: true }) },
    { label: 'a dead token (702)', body: await post(sim.url, `${CONTROL}/GetEnvs`, { session: 'dead-token-dead-token' }) },
  ],
  GetEnvInfo: async (sim) => [
    { label: 'shop-prod', body: await post(sim.url, `${CONTROL}/GetEnvInfo`, { session: sim.demo.token, envName: 'shop-prod' }) },
    { label: 'a Docker environment', body: await post(sim.url, `${CONTROL}/GetEnvInfo`, { session: sim.demo.token, envName: 'local-sha-master-0954606' }) },
    { label: 'unknown (901)', body: await post(sim.url, `${CONTROL}/GetEnvInfo`, { session: sim.demo.token, envName: 'nope' }) },
  ],
  StartEnv: async (sim) => [
    { label: 'stopped → running', body: await action(sim, 'StartEnv', { envName: 'staging-api' }) },
    { label: 'running (2212)', body: await post(sim.url, `${CONTROL}/StartEnv`, { session: sim.demo.token, envName: 'shop-prod' }) },
  ],
  StopEnv: async (sim) => [
    { label: 'running → stopped', body: await action(sim, 'StopEnv', { envName: 'shop-prod' }) },
    { label: 'stopped (2212)', body: await post(sim.url, `${CONTROL}/StopEnv`, { session: sim.demo.token, envName: 'staging-api' }) },
  ],
  SleepEnv: async (sim) => [
    { label: 'running → sleeping', body: await action(sim, 'SleepEnv', { envName: 'cafe-unicode' }) },
  ],
  RestartNodes: async (sim) => [
    { label: 'all nodes', body: await action(sim, 'RestartNodes', { envName: 'shop-prod', delay: -1 }) },
  ],
  GetUserInfo: async (sim) => [
    { label: 'an IDE Plugins token', body: await post(sim.url, 'users/account/GetUserInfo', { session: sim.demo.token }) },
    {
      label: 'a token without the method (8202)',
      body: await post(sim.url, 'users/account/GetUserInfo', { session: sim.createToken({ login: sim.demo.login, apiList: ['environment.control.GetEnvs'] }).key }),
    },
  ],
  Signin: async (sim) => [
    { label: 'a BASIC account', body: await post(sim.url, `${AUTH}/Signin`, { login: sim.demo.login, password: sim.demo.password }) },
    { label: 'a two-factor account (restricted)', body: await post(sim.url, `${AUTH}/Signin`, TFA) },
    { label: 'a wrong password (701)', body: await post(sim.url, `${AUTH}/Signin`, { login: sim.demo.login, password: 'wrong-password' }) },
  ],
  Verify2FACode: async (sim) => {
    const accepted = await post(sim.url, `${AUTH}/Verify2FACode`, { session: await restricted(sim), code: sim.twoFactorCode(TFA.login) });
    const wrong = await post(sim.url, `${AUTH}/Verify2FACode`, { session: await restricted(sim), code: wrongCode(sim) });
    const ended = await post(sim.url, `${AUTH}/Verify2FACode`, { session: 'no-such-session-xxxx', code: '123456' });
    sim.variants.verifyAnswer = 'newSession';
    const fresh = await post(sim.url, `${AUTH}/Verify2FACode`, { session: await restricted(sim), code: sim.twoFactorCode(TFA.login) });
    return [
      { label: 'the right code', body: accepted },
      { label: 'the right code, variant newSession', body: fresh },
      { label: 'a wrong code', body: wrong },
      { label: 'no restricted session (702)', body: ended },
    ];
  },
  Signout: async (sim) => [
    { label: 'a sign-in session', body: await post(sim.url, `${AUTH}/Signout`, { session: await signIn(sim) }) },
    { label: 'a restricted session', body: await post(sim.url, `${AUTH}/Signout`, { session: await restricted(sim) }) },
    { label: 'an access token', body: await post(sim.url, `${AUTH}/Signout`, { session: sim.demo.token }) },
  ],
  GetTokenTemplates: async (sim) => [
    { label: 'a session', body: await post(sim.url, `${AUTH}/GetTokenTemplates`, { session: await signIn(sim) }) },
    { label: 'a token (8202)', body: await post(sim.url, `${AUTH}/GetTokenTemplates`, { session: sim.demo.token }) },
  ],
  GetTokenApiList: async (sim) => [
    { label: 'everything', body: await post(sim.url, `${AUTH}/GetTokenApiList`, { session: await signIn(sim), showPrivate: true }) },
  ],
  CreateToken: async (sim) => {
    const session = await signIn(sim);
    const create = (params: Record<string, string>) => post(sim.url, `${AUTH}/CreateToken`, { session, description: 'contract', ...params });
    return [
      { label: 'a preset with expiry', body: await create({ password: sim.demo.password, tokenTemplate: 'IDE Plugins', expiresAt: '2099-01-01 00:00:00' }) },
      { label: 'Custom', body: await create({ password: sim.demo.password, apiList: 'environment.control.GetEnvs' }) },
      { label: 'a wrong password (801)', body: await create({ password: 'wrong-password', tokenTemplate: 'IDE Plugins' }) },
    ];
  },
  GetTokens: async (sim) => {
    const session = await signIn(sim);
    sim.createToken({ login: sim.demo.login, template: 'Marketplace', isSystem: true, extraData: 'platform-made', expiresAt: '2099-01-01 00:00:00' });
    await post(sim.url, `${CONTROL}/GetEnvs`, { session: sim.demo.token }); // gives the demo token a lastUsed
    return [
      { label: 'all, a system token among them', body: await post(sim.url, `${AUTH}/GetTokens`, { session }) },
      { label: 'ids=*', body: await post(sim.url, `${AUTH}/GetTokens`, { session, ids: '*' }) },
    ];
  },
  EditToken: async (sim) => {
    const session = await signIn(sim);
    const id = await ownToken(sim, session);
    const edit = (params: Record<string, string | number>) => post(sim.url, `${AUTH}/EditToken`, { session, password: sim.demo.password, ...params });
    return [
      { label: 'the whole state', body: await edit({ id, description: 'edited', tokenTemplate: 'IDE Plugins', expiresAt: '' }) },
      { label: 'an unknown id (3)', body: await edit({ id: 99_999, description: 'x', tokenTemplate: 'IDE Plugins' }) },
    ];
  },
  RegenerateToken: async (sim) => {
    const session = await signIn(sim);
    const id = await ownToken(sim, session);
    return [
      { label: 'id and ids', body: await post(sim.url, `${AUTH}/RegenerateToken`, { session, id, ids: id, password: sim.demo.password }) },
      { label: 'a wrong password (801)', body: await post(sim.url, `${AUTH}/RegenerateToken`, { session, id, ids: id, password: 'wrong-password' }) },
    ];
  },
  DeleteTokens: async (sim) => {
    const session = await signIn(sim);
    const id = await ownToken(sim, session);
    return [
      { label: 'one id', body: await post(sim.url, `${AUTH}/DeleteTokens`, { session, ids: id, password: sim.demo.password }) },
      { label: 'an unknown id (3)', body: await post(sim.url, `${AUTH}/DeleteTokens`, { session, ids: 99_999, password: sim.demo.password }) },
    ];
  },
};
