import * as assert from 'node:assert/strict';
import { getUserInfo, signIn, signOut } from '../../../src/platform/auth';
import { PlatformClient } from '../../../src/platform/client';
import { getEnvs } from '../../../src/platform/environments';
import { PlatformError } from '../../../src/platform/errors';
import {
  createToken,
  deleteTokens,
  editOf,
  editToken,
  getTokenApiList,
  getTokenTemplates,
  getTokens,
  regenerateToken,
} from '../../../src/platform/tokens';
import { platformRejection, rejection, useSimulator } from './helpers';

const TFA = { login: 'tfa@example.com', password: 'tfa-password' };

describe('platform/auth and platform/tokens against the simulator', () => {
  const ctx = useSimulator();
  const client = () => new PlatformClient({ origin: ctx.sim.url });
  const session = async (c = client()) => {
    const result = await signIn(c, { login: ctx.sim.demo.login, password: ctx.sim.demo.password });
    assert.equal(result.kind, 'signedIn');
    return result.session;
  };
  const platformError = (promise: Promise<unknown>, result: number): Promise<PlatformError> =>
    platformRejection(promise, result, [ctx.sim.demo.token, ctx.sim.demo.password, TFA.password]);

  describe('sign-in', () => {
    it('signs in with login and password and tells who it is', async () => {
      const result = await signIn(client(), { login: ctx.sim.demo.login, password: ctx.sim.demo.password });
      assert.ok(result.kind === 'signedIn');
      assert.match(result.session, /^[0-9a-f]{40}$/);
      assert.deepEqual(
        { uid: result.uid, email: result.email, name: result.name },
        { uid: 4784, email: 'demo@example.com', name: 'Demo User' },
      );
      const [logged] = ctx.sim.requests;
      assert.equal(logged.httpMethod, 'POST');
      assert.deepEqual(logged.params, { login: 'demo@example.com', password: '<redacted>' });
    });

    it('wrong password → PlatformError 701', async () => {
      const error = await platformError(signIn(client(), { login: ctx.sim.demo.login, password: 'nope-nope' }), 701);
      assert.equal(error.method, 'Signin');
      assert.ok(!error.message.includes('nope-nope'));
    });

    it('two-factor: Signin gives a restricted session and never sends a code (the rest: twoFactor.test.ts)', async () => {
      const result = await signIn(client(), TFA);
      assert.equal(result.kind, 'codeRequired');
      assert.deepEqual(Object.keys(ctx.sim.requests[0].params).sort(), ['login', 'password']);
    });

    it('too many failures → PlatformError 704', async () => {
      const c = client();
      for (let i = 0; i < 5; i++) await rejection(signIn(c, { login: ctx.sim.demo.login, password: 'wrong' }));
      const error = await platformError(signIn(c, { login: ctx.sim.demo.login, password: ctx.sim.demo.password }), 704);
      assert.match(error.meaning, /blocked/);
    });

    it('signOut ends the session', async () => {
      const c = client();
      const s = await session(c);
      await getTokens(c, s);
      await signOut(c, s);
      await platformError(getTokens(c, s), 702);
    });

    it('getUserInfo works with an IDE Plugins token', async () => {
      assert.deepEqual(await getUserInfo(client(), ctx.sim.demo.token), {
        uid: 4784,
        email: 'demo@example.com',
        name: 'Demo User',
      });
    });
  });

  describe('templates and the API list', () => {
    it('reads the templates with their methods', async () => {
      const c = client();
      const templates = await getTokenTemplates(c, await session(c));
      assert.deepEqual(
        templates.map((t) => t.name),
        ['Extended Access', 'IDE Plugins', 'Marketplace', 'Maven Plugin'],
      );
      const ide = templates.find((t) => t.name === 'IDE Plugins');
      assert.equal(ide?.id, 2);
      for (const method of ['GetEnvs', 'GetEnvInfo', 'StartEnv', 'StopEnv', 'SleepEnv', 'RestartNodes']) {
        assert.ok(ide?.methods.includes(`environment.control.${method}`), method);
      }
    });

    it('reads the API list, searched, and private methods only when asked', async () => {
      const c = client();
      const s = await session(c);
      const all = await getTokenApiList(c, s);
      assert.ok(all.length > 20);
      assert.deepEqual(all[0], {
        id: 1,
        method: 'environment.control.GetEnvs',
        isSafe: true,
        isCollaborationAccessible: true,
      });

      const control = await getTokenApiList(c, s, { search: 'control' });
      assert.ok(control.length > 0 && control.length < all.length);
      assert.ok(control.every((p) => p.method.includes('control')));

      const withPrivate = await getTokenApiList(c, s, { showPrivate: true });
      assert.ok(withPrivate.length > all.length);
      assert.equal(ctx.sim.requests.at(-1)?.params.showPrivate, 'true');
    });

    it('tokens cannot manage tokens: 8202 with an access token', async () => {
      const error = await platformError(getTokens(client(), ctx.sim.demo.token), 8202);
      assert.match(error.meaning, /permission denied/);
      await platformError(getTokenTemplates(client(), ctx.sim.demo.token), 8202);
    });
  });

  describe('token lifecycle', () => {
    it('creates an IDE Plugins token with an expiry; its key works at once', async () => {
      const { sim } = ctx;
      const c = client();
      const s = await session(c);
      const expiresAt = new Date(sim.clock.now() + 30 * 86_400_000);
      const token = await createToken(c, s, {
        description: 'VS Code on laptop',
        template: 'IDE Plugins',
        expiresAt,
        password: sim.demo.password,
      });
      assert.match(token.key, /^[0-9a-f]{40}$/);
      assert.equal(token.description, 'VS Code on laptop');
      assert.deepEqual(token.template, { id: 2, name: 'IDE Plugins' });
      assert.equal(token.expiresAt?.getTime(), Math.floor(expiresAt.getTime() / 1000) * 1000);
      assert.equal(token.createdOn, undefined, 'the platform sends no creation date, and none is invented');
      assert.equal(token.isSystem, false);
      assert.ok(token.methods.includes('environment.control.StopEnv'));

      const logged = sim.requests.at(-1);
      assert.deepEqual(logged?.params, {
        description: 'VS Code on laptop',
        tokenTemplate: 'IDE Plugins',
        expiresAt: new Date(expiresAt.getTime()).toISOString().slice(0, 19).replace('T', ' '),
        password: '<redacted>',
        session: '<redacted>',
      });
      assert.ok((await getEnvs(c, token.key)).length > 0);
    });

    it('creates a custom token from a method list; it may call only those', async () => {
      const { sim } = ctx;
      const c = client();
      const s = await session(c);
      const apiList = ['environment.control.GetEnvs', 'environment.control.GetEnvInfo'];
      const token = await createToken(c, s, { description: 'read only', apiList, password: sim.demo.password });
      assert.deepEqual(token.methods, apiList);
      assert.equal(token.template, undefined);
      assert.equal(token.expiresAt, undefined);
      assert.equal(sim.requests.at(-1)?.params.apiList, apiList.join(','));

      await getEnvs(c, token.key);
      const error = await platformError(
        c.call('StopEnv', { envName: 'shop-prod' }, { session: token.key, long: true }),
        8202,
      );
      assert.match(error.platformMessage ?? '', /environment\.control\.StopEnv/);
    });

    it('a wrong password → PlatformError 801 and no token', async () => {
      const c = client();
      const s = await session(c);
      const before = await getTokens(c, s);
      const wrong = { description: 'x', template: 'IDE Plugins', password: 'wrong-pass' };
      await platformError(createToken(c, s, wrong), 801);
      assert.equal((await getTokens(c, s)).length, before.length);
    });

    it('lists tokens, all or by id, never with their keys', async () => {
      const { sim } = ctx;
      const c = client();
      const s = await session(c);
      const a = await createToken(c, s, { description: 'a', template: 'IDE Plugins', password: sim.demo.password });
      const b = await createToken(c, s, { description: 'b', template: 'Marketplace', password: sim.demo.password });
      const all = await getTokens(c, s);
      assert.ok(all.length >= 3); // the demo token, a and b
      assert.ok(all.every((t) => t.key === undefined));
      const some = await getTokens(c, s, [a.id, b.id]);
      assert.deepEqual(
        some.map((t) => t.description),
        ['a', 'b'],
      );
      assert.equal(sim.requests.at(-1)?.params.ids, `${a.id};${b.id}`);
    });

    it('edits resend the whole token: description, expiry and preset travel even when only one changes', async () => {
      const { sim } = ctx;
      const c = client();
      const s = await session(c);
      const expiresAt = new Date(sim.clock.now() + 86_400_000);
      const created = await createToken(c, s, {
        description: 'old',
        template: 'IDE Plugins',
        expiresAt,
        password: sim.demo.password,
      });
      const edited = await editToken(c, s, editOf(created, sim.demo.password, { description: 'new' }));
      assert.equal(edited.description, 'new');
      assert.equal(edited.expiresAt?.getTime(), created.expiresAt?.getTime());
      assert.deepEqual(edited.template, { id: 2, name: 'IDE Plugins' }, 'still the preset, not Custom');
      assert.equal(edited.key, undefined);
      assert.deepEqual(sim.requests.at(-1)?.params, {
        id: String(created.id),
        description: 'new',
        tokenTemplate: 'IDE Plugins',
        expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' '),
        password: '<redacted>',
        session: '<redacted>',
      });

      const never = await editToken(c, s, editOf(edited, sim.demo.password, { expiresAt: null }));
      assert.equal(never.expiresAt, undefined);
      assert.equal(never.description, 'new');
      assert.equal(sim.requests.at(-1)?.params.expiresAt, '', 'an empty expiresAt: never expires');

      const custom = await editToken(c, s, editOf(never, sim.demo.password, { scope: { apiList: ['environment.control.GetEnvs'] } }));
      assert.deepEqual(custom.methods, ['environment.control.GetEnvs']);
      assert.equal(custom.template, undefined);
      const renamed = await editToken(c, s, editOf(custom, sim.demo.password, { description: 'custom' }));
      assert.deepEqual(renamed.methods, ['environment.control.GetEnvs'], 'a Custom token keeps its methods');
      assert.equal(sim.requests.at(-1)?.params.apiList, 'environment.control.GetEnvs');
    });

    it('regenerates: a new key, the old one dead at once', async () => {
      const { sim } = ctx;
      const c = client();
      const s = await session(c);
      const input = { description: 'r', template: 'IDE Plugins', password: sim.demo.password };
      const created = await createToken(c, s, input);
      const renewed = await regenerateToken(c, s, created.id, sim.demo.password);
      assert.equal(renewed.id, created.id);
      const sent = sim.requests.at(-1)?.params;
      assert.deepEqual([sent?.id, sent?.ids], [String(created.id), String(created.id)], 'the id as both id and ids');
      assert.equal(renewed.description, 'r');
      assert.notEqual(renewed.key, created.key);
      await platformError(getEnvs(c, created.key), 702);
      assert.ok((await getEnvs(c, renewed.key)).length > 0);
      await platformError(regenerateToken(c, s, created.id, 'wrong-pass'), 801);
    });

    it('deletes several tokens in one call; their keys stop working', async () => {
      const { sim } = ctx;
      const c = client();
      const s = await session(c);
      const a = await createToken(c, s, { description: 'a', template: 'IDE Plugins', password: sim.demo.password });
      const b = await createToken(c, s, { description: 'b', template: 'IDE Plugins', password: sim.demo.password });
      await deleteTokens(c, s, [a.id, b.id], sim.demo.password);
      assert.deepEqual(sim.requests.at(-1)?.params, {
        ids: `${a.id};${b.id}`,
        password: '<redacted>',
        session: '<redacted>',
      });
      const left = (await getTokens(c, s)).map((t) => t.id);
      assert.ok(!left.includes(a.id) && !left.includes(b.id));
      await platformError(getEnvs(c, a.key), 702);
    });

    it('deleting nothing sends nothing', async () => {
      await deleteTokens(client(), 'unused-session', [], 'unused-password');
      assert.equal(ctx.sim.countRequests(), 0);
    });
  });
});
