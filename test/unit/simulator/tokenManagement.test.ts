import { strict as assert } from 'node:assert';
import { HEX40, Params, platformDate, post, signIn, useSimulator } from './helpers';

const AUTH = 'users/authentication';
const IDE_PLUGINS = [
  'environment.control.GetEnvs',
  'environment.control.GetEnvInfo',
  'environment.control.StartEnv',
  'environment.control.StopEnv',
  'environment.control.SleepEnv',
  'environment.control.RestartNodes',
  'users.account.GetUserInfo',
];
const TOKEN_MANAGEMENT = ['Signout', 'GetTokenTemplates', 'GetTokenApiList', 'CreateToken', 'GetTokens', 'EditToken', 'RegenerateToken', 'DeleteTokens'];

describe('simulator: token management', () => {
  const sim = useSimulator();
  let session: string;
  beforeEach(async () => {
    session = await signIn(sim());
  });
  const call = (method: string, params: Params = {}) => post(sim().url, `${AUTH}/${method}`, { session, ...params });
  const create = (params: Params) => call('CreateToken', { password: sim().demo.password, description: 'test', ...params });

  describe('GetTokenTemplates', () => {
    it('lists the four presets with their methods', async () => {
      const answer = await call('GetTokenTemplates');
      assert.equal(answer.result, 0);
      assert.deepEqual(answer.templates?.map((t) => t.name), ['Extended Access', 'IDE Plugins', 'Marketplace', 'Maven Plugin']);
      for (const template of answer.templates ?? []) {
        assert.equal(typeof template.id, 'number');
        assert.ok(template.apiListItems.every((item) => typeof item.id === 'number' && /^\w+\.\w+\.\w+$/.test(item.method)));
      }
    });

    it('gives IDE Plugins exactly the environment-control methods and GetUserInfo', async () => {
      const ide = (await call('GetTokenTemplates')).templates?.find((t) => t.name === 'IDE Plugins');
      assert.deepEqual(ide?.apiListItems.map((item) => item.method).sort(), [...IDE_PLUGINS].sort());
    });

    it('gives Extended Access every listed method and no token management', async () => {
      const templates = (await call('GetTokenTemplates')).templates ?? [];
      const extended = templates.find((t) => t.name === 'Extended Access')?.apiListItems.map((item) => item.method) ?? [];
      const listed = (await call('GetTokenApiList')).tokenPermissions?.map((item) => item.method) ?? [];
      assert.deepEqual([...extended].sort(), [...listed].sort());
      for (const method of IDE_PLUGINS) assert.ok(extended.includes(method), method);
      assert.ok(extended.every((method) => !method.startsWith('users.authentication.')));
      const marketplace = templates.find((t) => t.name === 'Marketplace')?.apiListItems.map((item) => item.method) ?? [];
      assert.ok(marketplace.includes('environment.control.GetEnvs') && marketplace.some((m) => m.startsWith('marketplace.')));
      const maven = templates.find((t) => t.name === 'Maven Plugin')?.apiListItems.map((item) => item.method) ?? [];
      assert.ok(maven.includes('environment.deployment.Deploy') && maven.includes('environment.control.GetEnvInfo'));
    });
  });

  describe('GetTokenApiList', () => {
    it('lists about forty group.service.Method entries with their flags', async () => {
      const list = (await call('GetTokenApiList')).tokenPermissions ?? [];
      assert.ok(list.length >= 35 && list.length <= 50, `${list.length} methods`);
      for (const item of list) {
        assert.match(item.method, /^[a-z]+\.[a-z]+\.[A-Z]\w+$/);
        assert.equal(typeof item.isSafe, 'boolean');
        assert.equal(typeof item.isCollaborationAccessible, 'boolean');
      }
      const methods = list.map((item) => item.method);
      for (const method of [...IDE_PLUGINS, 'environment.control.CreateEnvironment', 'environment.control.DeleteEnv']) {
        assert.ok(methods.includes(method), method);
      }
      for (const prefix of ['environment.file.', 'environment.deployment.', 'marketplace.', 'billing.account.']) {
        assert.ok(methods.some((method) => method.startsWith(prefix)), prefix);
      }
      assert.equal(new Set(list.map((item) => item.id)).size, list.length);
    });

    it('filters by a case-insensitive substring', async () => {
      const methods = (await call('GetTokenApiList', { search: 'CONTROL.st' })).tokenPermissions?.map((item) => item.method);
      assert.deepEqual(methods, ['environment.control.StartEnv', 'environment.control.StopEnv']);
    });

    it('shows private methods only with showPrivate', async () => {
      const publicCount = (await call('GetTokenApiList')).tokenPermissions?.length ?? 0;
      const allCount = (await call('GetTokenApiList', { showPrivate: true })).tokenPermissions?.length ?? 0;
      assert.ok(allCount > publicCount);
    });
  });

  describe('CreateToken', () => {
    it('creates a token from a template name, with its key, template and methods', async () => {
      const answer = await create({ tokenTemplate: 'IDE Plugins', expiresAt: platformDate(sim(), 7 * 86400_000) });
      assert.equal(answer.result, 0);
      const token = answer.token;
      assert.ok(token);
      assert.match(token.key ?? '', HEX40);
      assert.equal(token.description, 'test');
      assert.equal(token.expiresAt, platformDate(sim(), 7 * 86400_000));
      assert.equal('createdOn' in token, false, 'no creation date: its name is unknown, so none is invented');
      assert.equal(token.isSystem, false, 'isSystem is sent, false included');
      assert.equal('extraData' in token, false);
      assert.equal(token.tokenTemplate?.name, 'IDE Plugins');
      assert.deepEqual(token.apiListItems.map((item) => item.method).sort(), [...IDE_PLUGINS].sort());
      assert.equal(token.lastUsed, undefined);
    });

    it('accepts a template id instead of its name', async () => {
      const templates = (await call('GetTokenTemplates')).templates ?? [];
      const marketplace = templates.find((t) => t.name === 'Marketplace');
      const answer = await create({ tokenTemplate: marketplace?.id });
      assert.equal(answer.token?.tokenTemplate?.name, 'Marketplace');
    });

    it('creates a custom token from a comma-separated apiList', async () => {
      const answer = await create({ apiList: 'environment.control.GetEnvs,environment.control.StopEnv' });
      assert.equal(answer.result, 0);
      assert.equal(answer.token?.tokenTemplate, undefined);
      assert.deepEqual(answer.token?.apiListItems.map((item) => item.method), ['environment.control.GetEnvs', 'environment.control.StopEnv']);
    });

    it('answers 3 for a missing description, an unknown template or an unknown method', async () => {
      const noDescription = await call('CreateToken', { password: sim().demo.password, tokenTemplate: 'IDE Plugins' });
      assert.equal(noDescription.result, 3);
      assert.match(noDescription.error ?? '', /invalid parameter \[description\]/);
      assert.equal((await create({ tokenTemplate: 'No Such Preset' })).result, 3);
      assert.equal((await create({ apiList: 'environment.control.GetEnvs,environment.control.Teleport' })).result, 3);
      assert.equal((await create({ apiList: 'users.authentication.CreateToken' })).result, 3, 'token management cannot be granted');
      assert.equal((await create({ tokenTemplate: 'IDE Plugins', expiresAt: 'next tuesday' })).result, 3);
    });

    it('allows 100 tokens per account; the 101st fails with result 1 and a clear message', async () => {
      sim().addAccount({ login: 'many@example.com', password: 'many-password' });
      for (let index = 0; index < 99; index++) sim().createToken({ login: 'many@example.com', template: 'IDE Plugins' });
      const own = await signIn(sim(), 'many@example.com', 'many-password');
      const createOwn = () =>
        post(sim().url, `${AUTH}/CreateToken`, { session: own, password: 'many-password', description: 'n', tokenTemplate: 'IDE Plugins' });
      const hundredth = await createOwn();
      assert.equal(hundredth.result, 0);
      const tooMany = await createOwn();
      assert.equal(tooMany.result, 1);
      assert.match(tooMany.error ?? '', /100/);
      await post(sim().url, `${AUTH}/DeleteTokens`, { session: own, password: 'many-password', ids: hundredth.token?.id });
      assert.equal((await createOwn()).result, 0);
    });
  });

  describe('password on every change', () => {
    it('answers 801 when the password is missing or wrong, and changes nothing', async () => {
      const token = sim().createToken({ login: sim().demo.login, template: 'IDE Plugins' });
      const changes: [string, Params][] = [
        ['CreateToken', { description: 'x', tokenTemplate: 'IDE Plugins' }],
        ['EditToken', { id: token.id, description: 'renamed' }],
        ['RegenerateToken', { id: token.id }],
        ['DeleteTokens', { ids: String(token.id) }],
      ];
      for (const [method, params] of changes) {
        for (const password of [undefined, 'wrong-password']) {
          const answer = await call(method, { ...params, password });
          assert.equal(answer.result, 801, `${method} with password ${password}`);
          assert.match(answer.error ?? '', /invalid password/);
        }
      }
      const tokens = (await call('GetTokens')).apiTokens ?? [];
      assert.equal(tokens.length, 2, 'no token was created or deleted');
      assert.notEqual(tokens[1].description, 'renamed');
      assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: token.key })).result, 0, 'key unchanged');
    });
  });

  describe('reading and changing tokens', () => {
    it('GetTokens never shows the key; ids filters with ; or ,', async () => {
      const first = (await create({ tokenTemplate: 'IDE Plugins' })).token;
      const second = (await create({ tokenTemplate: 'Marketplace' })).token;
      const all = (await call('GetTokens')).apiTokens ?? [];
      assert.equal(all.length, 3);
      assert.ok(all.every((token) => !('key' in token)));
      const some = (await call('GetTokens', { ids: `${first?.id};${second?.id}` })).apiTokens ?? [];
      assert.deepEqual(some.map((token) => token.id), [first?.id, second?.id]);
      const one = (await call('GetTokens', { ids: `${second?.id},99999` })).apiTokens ?? [];
      assert.deepEqual(one.map((token) => token.id), [second?.id]);
    });

    it('EditToken changes description, scope and expiry, and never returns the key', async () => {
      const created = (await create({ tokenTemplate: 'IDE Plugins', expiresAt: platformDate(sim(), 86400_000) })).token;
      const edited = await call('EditToken', {
        id: created?.id,
        password: sim().demo.password,
        description: 'renamed',
        apiList: 'environment.control.GetEnvs',
      });
      assert.equal(edited.result, 0);
      assert.equal(edited.token?.description, 'renamed');
      assert.equal('key' in (edited.token ?? {}), false);
      assert.equal(edited.token?.tokenTemplate, undefined);
      assert.deepEqual(edited.token?.apiListItems.map((item) => item.method), ['environment.control.GetEnvs']);
      assert.equal(edited.token?.expiresAt, platformDate(sim(), 86400_000), 'expiry kept when not sent');
      const never = await call('EditToken', { id: created?.id, password: sim().demo.password, expiresAt: '' });
      assert.equal(never.token?.expiresAt, undefined, 'empty expiresAt = never expires');
      assert.equal(never.token?.description, 'renamed', 'description kept when not sent');
      const back = await call('EditToken', { id: created?.id, password: sim().demo.password, tokenTemplate: 'Maven Plugin' });
      assert.equal(back.token?.tokenTemplate?.name, 'Maven Plugin');
      assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: created?.key })).result, 0, 'key unchanged by edits');
    });

    it('RegenerateToken returns a new key, kills the old one and keeps everything else', async () => {
      const created = (await create({ tokenTemplate: 'IDE Plugins', expiresAt: platformDate(sim(), 86400_000) })).token;
      const answer = await call('RegenerateToken', { id: created?.id, password: sim().demo.password });
      assert.equal(answer.result, 0);
      const regenerated = answer.token;
      assert.match(regenerated?.key ?? '', HEX40);
      assert.notEqual(regenerated?.key, created?.key);
      assert.deepEqual({ ...regenerated, key: undefined }, { ...created, key: undefined });
      assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: created?.key })).result, 702);
      assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: regenerated?.key })).result, 0);
    });

    it('DeleteTokens removes the listed tokens: their keys answer 702', async () => {
      const first = (await create({ tokenTemplate: 'IDE Plugins' })).token;
      const second = (await create({ tokenTemplate: 'IDE Plugins' })).token;
      const answer = await call('DeleteTokens', { ids: `${first?.id};${second?.id}`, password: sim().demo.password });
      assert.equal(answer.result, 0);
      for (const key of [first?.key, second?.key]) {
        const use = await post(sim().url, 'environment/control/GetEnvs', { session: key });
        assert.equal(use.result, 702);
      }
      assert.equal((await call('GetTokens')).apiTokens?.length, 1);
    });

    it('answers 3 for unknown token ids and deletes nothing then', async () => {
      const token = sim().createToken({ login: sim().demo.login, template: 'IDE Plugins' });
      const password = sim().demo.password;
      assert.equal((await call('EditToken', { id: 99999, password, description: 'x' })).result, 3);
      assert.equal((await call('RegenerateToken', { id: 99999, password })).result, 3);
      assert.equal((await call('DeleteTokens', { ids: `${token.id};99999`, password })).result, 3);
      assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: token.key })).result, 0);
    });

    it('ids=* selects every token of the account in GetTokens and DeleteTokens', async () => {
      const a = sim().createToken({ login: sim().demo.login, template: 'IDE Plugins' });
      sim().createToken({ login: sim().demo.login, template: 'Marketplace', isSystem: true });
      const other = sim().createToken({ login: 'tfa@example.com', template: 'IDE Plugins' });
      const listed = (await call('GetTokens', { ids: '*' })).apiTokens ?? [];
      assert.equal(listed.length, 3, 'the demo token, a and the system one');
      assert.ok(listed.some((token) => token.id === a.id));
      assert.deepEqual(listed.map((token) => token.isSystem), [false, false, true]);
      assert.equal((await call('DeleteTokens', { ids: '*', password: sim().demo.password })).result, 0);
      assert.deepEqual((await call('GetTokens')).apiTokens, []);
      assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: other.key })).result, 0, "other accounts' tokens stay");
    });

    it('RegenerateToken takes the id as id, as ids, or both', async () => {
      const password = sim().demo.password;
      for (const ids of [{ id: 0 }, { ids: 0 }, { id: 0, ids: 0 }]) {
        const token = sim().createToken({ login: sim().demo.login, template: 'IDE Plugins' });
        const params = Object.fromEntries(Object.keys(ids).map((name) => [name, token.id]));
        const answer = await call('RegenerateToken', { ...params, password });
        assert.equal(answer.result, 0, JSON.stringify(params));
        assert.notEqual(answer.token?.key, token.key);
      }
    });

    it("cannot see or change another account's tokens", async () => {
      const other = sim().createToken({ login: 'tfa@example.com', template: 'IDE Plugins' });
      assert.deepEqual((await call('GetTokens', { ids: String(other.id) })).apiTokens, []);
      assert.equal((await call('DeleteTokens', { ids: String(other.id), password: sim().demo.password })).result, 3);
    });
  });

  describe('access tokens cannot manage tokens', () => {
    it('answers 8202 to an access token on every token-management method, even an Extended Access one', async () => {
      const extended = sim().createToken({ login: sim().demo.login, template: 'Extended Access' });
      for (const method of TOKEN_MANAGEMENT.filter((name) => name !== 'Signout')) {
        const answer = await post(sim().url, `${AUTH}/${method}`, {
          session: extended.key,
          password: sim().demo.password,
          description: 'x',
          tokenTemplate: 'IDE Plugins',
          id: extended.id,
          ids: String(extended.id),
        });
        assert.equal(answer.result, 8202, method);
        assert.match(answer.error ?? '', /sign-in session/, method);
      }
      assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: extended.key })).result, 0, 'still alive');
    });

    it('Signout with an access token answers 0 (the Maven plugin relies on it) and leaves the token working', async () => {
      const token = sim().createToken({ login: sim().demo.login, apiList: ['environment.control.GetEnvs'] });
      assert.equal((await post(sim().url, `${AUTH}/Signout`, { session: token.key })).result, 0);
      assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: token.key })).result, 0);
    });
  });
});
