// A token that lacks a method (8202), in a real extension host against the simulator: the one failure table names
// the method in words and offers Edit Token (the account's own token, the missing method one pick away) and Generate
// IDE Plugins Token, whose preset is read from GetTokenTemplates; where the platform's preset lacks the method too
// (sim.variants.idePluginsPreset, platform-api.md: the preset's list is unknown [?]) a Custom token is offered.

import { strict as assert } from 'node:assert';
import { AccessToken, PlatformClient, writeFile } from '../../src/platform';
import { platformTokens as readPlatformTokens, run, useAccessFixture } from './accessKit';

const LOGIN = 'demo@example.com';
const PASSWORD = 'demo-password';
const WRITE = { envName: 'shop-prod', nodeId: 1102, path: '/etc/tomcat9/tomcat9.conf', body: 'workers = 4\n' };

describe('Token permissions: a token that lacks a method', () => {
  const t = useAccessFixture();
  const client = () => new PlatformClient({ origin: t.sim.url });

  const platformTokens = (): Promise<AccessToken[]> => readPlatformTokens(t.sim, LOGIN, PASSWORD);

  /** An account whose token VS Code knows by id, as after Generate IDE Plugins Token. */
  async function accountWith(token: { id: number; key: string }) {
    return t.api.services.accounts.add({ origin: t.sim.url, label: 'Demo', user: LOGIN, tokenId: token.id }, token.key);
  }

  /**
   * A feature command (deploy, logs, files) as they run: the one wrapper, which knows neither token nor account, around
   * the extension's own client (its errors are the bundle's classes).
   */
  async function saveWith(key: string): Promise<void> {
    const own = t.api.services.clients.forOrigin(t.sim.url);
    const { nodeId, ...params } = WRITE;
    await t.api.services.reporter.reporting('Saving tomcat9.conf', () => own.call('Write', { ...params, nodeid: nodeId }, { session: key }))();
  }

  it('Edit Token edits the token the account uses, with the missing method one pick away', async () => {
    const token = t.sim.createToken({ login: LOGIN, apiList: ['environment.control.GetEnvInfo'], description: 'no list' });
    await accountWith(token);
    const refused = /^Loading the environments of Demo failed: this token may not use environment\.control\.GetEnvs \(list environments\)\. Edit the token/;
    t.ui
      .expectMessage('error', refused, 'Edit Token')
      .expectInputBox(/login/, LOGIN)
      .expectInputBox(/password/, PASSWORD)
      .expectInputBox(/Description/, 'no list')
      .expectQuickPick(/expire/, 'Keep Current Expiry')
      .expectQuickPick(/API methods/, 'Add environment.control.GetEnvs')
      .expectInputBox(/Confirm with the password/, PASSWORD)
      .expectMessage('information', /^Saved “no list”/);
    await run(t.ui, 'vap.environments.refresh');
    assert.deepEqual(t.ui.lastMessage(refused).items, ['Edit Token', 'Generate IDE Plugins Token', 'Show Log']);
    assert.equal(t.ui.lastInput(/login/).value, LOGIN, 'the sign-in is for the account’s own user');
    const edited = (await platformTokens()).find((item) => item.id === token.id);
    assert.deepEqual(edited?.methods, ['environment.control.GetEnvInfo', 'environment.control.GetEnvs']);
    // The script has no "Which token?" pick: the account's token was found by its id.
  });

  it('a feature command that only throws gets the same guidance; the preset has the method: an IDE Plugins token', async () => {
    const token = t.sim.createToken({ login: LOGIN, apiList: ['environment.control.GetEnvs'], description: 'envs only' });
    const account = await accountWith(token);
    const refused = /^Saving tomcat9\.conf failed: this token may not use environment\.file\.Write \(write node files\)\./;
    t.ui
      .expectMessage('error', refused, 'Generate IDE Plugins Token')
      .expectInputBox(/login/, LOGIN)
      .expectInputBox(/password/, PASSWORD)
      .expectInputBox(/description/, 'IDE for files')
      .expectQuickPick(/expire/, 'Never')
      .expectMessage('information', /^Created the IDE Plugins token “IDE for files” and stored it for/);
    await saveWith(token.key);
    t.ui.assertDone();
    assert.equal(t.sim.countRequests('GetTokenTemplates'), 1, 'the preset was read from the platform, not assumed');
    const created = (await platformTokens()).find((item) => item.description === 'IDE for files');
    assert.equal(created?.template?.name, 'IDE Plugins');
    const stored = await t.api.services.accounts.token(account.id);
    assert.ok(stored && stored !== token.key, 'the new token became the account’s token');
    await writeFile(client(), stored, WRITE);
    assert.equal(t.sim.workloads.fileText('shop-prod', 1102, WRITE.path), WRITE.body);
  });

  it('where the platform’s IDE Plugins preset lacks the method, says so and offers a Custom token with it', async () => {
    t.sim.variants.idePluginsPreset = 'environmentsOnly';
    const token = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'IDE without files' });
    const account = await accountWith(token);
    const lacks = /^The IDE Plugins preset of .* does not include environment\.file\.Write \(write node files\): an IDE Plugins token would be refused too\./;
    t.ui
      .expectMessage('error', /this token may not use environment\.file\.Write/, 'Generate IDE Plugins Token')
      .expectInputBox(/login/, LOGIN)
      .expectInputBox(/password/, PASSWORD)
      .expectMessage('warning', lacks, 'Generate Custom Token')
      .expectInputBox(/description/, 'Custom for files')
      .expectQuickPick(/expire/, 'Never')
      .expectMessage('information', /^Created the Custom token “Custom for files” and stored it for/);
    await saveWith(token.key);
    t.ui.assertDone();
    assert.equal(t.ui.lastMessage(lacks).modal, true);
    const created = (await platformTokens()).find((item) => item.description === 'Custom for files');
    assert.equal(created?.template, undefined, 'Custom');
    assert.ok(created?.methods.includes('environment.file.Write'));
    assert.ok(created?.methods.includes('environment.control.StopEnv'), 'and every method of the preset');
    const stored = await t.api.services.accounts.token(account.id);
    assert.ok(stored);
    await writeFile(client(), stored, WRITE);
  });

  it('declining the Custom token creates nothing and signs out', async () => {
    t.sim.variants.idePluginsPreset = 'environmentsOnly';
    const token = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins' });
    await accountWith(token);
    t.ui
      .expectMessage('error', /may not use environment\.file\.Write/, 'Generate IDE Plugins Token')
      .expectInputBox(/login/, LOGIN)
      .expectInputBox(/password/, PASSWORD)
      .expectMessage('warning', /does not include environment\.file\.Write/, undefined);
    await saveWith(token.key);
    t.ui.assertDone();
    assert.equal(t.sim.countRequests('CreateToken'), 0);
    assert.equal(t.sim.countRequests('Signout'), 1);
  });

  it('the Environments view’s row names the missing method, and its click generates a token that has it', async () => {
    const token = t.sim.createToken({ login: LOGIN, apiList: ['environment.control.GetEnvInfo'] });
    const account = await accountWith(token);
    const view = t.api.services.views.environments.provider;
    const items = await Promise.all((await view.getChildren()).map((element) => view.getTreeItem(element)));
    const row = items.find((item) => item.label === 'This token may not use environment.control.GetEnvs');
    assert.ok(row?.command, JSON.stringify(items.map((item) => item.label)));
    assert.equal(row.description, 'an IDE Plugins token can');
    t.ui
      .expectInputBox(/login/, LOGIN)
      .expectInputBox(/password/, PASSWORD)
      .expectInputBox(/description/, 'from the row')
      .expectQuickPick(/expire/, 'Never')
      .expectMessage('information', /^Created the IDE Plugins token “from the row”/);
    await run(t.ui, row.command.command, ...(row.command.arguments ?? []));
    assert.equal(t.sim.countRequests('GetTokenTemplates'), 1, 'the click carried the missing method: the preset was checked for it');
    assert.notEqual(await t.api.services.accounts.token(account.id), token.key);
  });

  it('Add Access Token refuses a token without GetEnvs through the same table, and stores nothing', async () => {
    const { key } = t.sim.createToken({ login: LOGIN, apiList: ['billing.account.GetAccount'] });
    t.ui
      .expectInputBox(/dashboard/, t.sim.url)
      .expectInputBox(/access token/, key)
      .expectMessage('error', /^Adding the access token for .* failed: this token may not use environment\.control\.GetEnvs \(list environments\)/);
    await run(t.ui, 'vap.addAccessToken');
    assert.deepEqual(t.api.services.accounts.list(), []);
  });

  it('Edit Token for a refused pasted token lets you pick it, even with another account on that platform', async () => {
    const existing = await accountWith(t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'in use' }));
    const { key } = t.sim.createToken({ login: LOGIN, apiList: ['billing.account.GetAccount'], description: 'pasted' });
    t.ui
      .expectQuickPick(/Pick the platform/, new URL(t.sim.url).host)
      .expectInputBox(/access token/, key)
      .expectMessage('error', /^Adding the access token for .* failed: this token may not use environment\.control\.GetEnvs/, 'Edit Token')
      .expectInputBox(/login/, LOGIN)
      .expectInputBox(/password/, PASSWORD)
      .expectQuickPick(/Which token\?/, undefined);
    await t.api.services.context.globalState.update('vap.recentPlatforms', [t.sim.url]);
    await run(t.ui, 'vap.addAccessToken');
    assert.equal(t.sim.countRequests('EditToken'), 0);
    assert.deepEqual(t.api.services.accounts.list().map((account) => account.id), [existing.id], 'nothing stored, nothing changed');
  });
});
