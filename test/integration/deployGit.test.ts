// Redeploy Last Deployment and Deploy from Git Repository… in a real extension host against the simulator: the
// remembered deploy read back from workspaceState and repeated in one step (also from the status bar's menu), AddRepo
// then Deploy, a second deploy of the same repository as Update, and a platform without the Git methods.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EnvUi, useEnvironmentsFixture } from './environmentsKit';
import { expectArchivePick, expectContextAndConfirm, plain, removeWrittenFiles, writeArchive } from './deployKit';

const LAST_KEY = 'vap.deploy.last';
const REPO = 'https://git.example.com/team/shop.git';

describe('Deploy: redeploy and Git', function () {
  this.timeout(30_000);
  const t = useEnvironmentsFixture();
  afterEach(async () => {
    removeWrittenFiles();
    await t.api.services.context.workspaceState.update(LAST_KEY, undefined);
    await t.api.services.context.workspaceState.update('vap.deploy.repositories', undefined);
  });

  const launch = (command: string, ...args: unknown[]): Promise<unknown> => Promise.resolve(vscode.commands.executeCommand(command, ...args));
  const accountId = () => t.api.services.accounts.list()[0].id;
  /** Runs a command whose deploy blocks on the simulator until its clock moves. */
  const deploying = async (command: string, ...args: unknown[]) => {
    const running = launch(command, ...args);
    await t.sim.operationStarted('shop-prod');
    t.sim.clock.advance(t.sim.durations.deploy);
    await running;
  };

  /** The Git deploy's questions up to its confirmation; `credentials` scripts what the access choice asks next. */
  const expectGitDeploy = (branch: string, access: string, context: string, credentials: (ui: EnvUi) => EnvUi = (ui) => ui) => {
    t.ui.expectInputBox(/Repository address/, REPO).expectInputBox(/Branch/, branch).expectQuickPick(/How does the platform read the repository\?/, access);
    credentials(t.ui).expectInputBox(/Context \(path\)/, context);
    t.ui.expectMessage('warning', `Deploy ${repoName(branch)} to Shop — production?`, 'Deploy');
  };
  const repoName = (branch: string) => (branch ? `shop-${branch}` : 'shop');

  it('nothing deployed yet: Redeploy Last Deployment runs Deploy Archive', async () => {
    await t.addAccount();
    t.ui.expectQuickPick(/Deploy to which environment\?/, undefined);
    await launch('vap.deploy.redeployLast');
    t.ui.assertDone();
  });

  it('redeploys the remembered deploy after a reload of workspaceState, from the palette and the status bar menu', async () => {
    writeArchive('target/shop.war', 5000);
    await t.addAccount();
    // What a window reloaded after a deploy finds: the record as JSON in workspaceState, nothing in memory.
    const stored = { accountId: accountId(), envName: 'shop-prod', nodeGroup: 'cp', context: 'shop', source: { kind: 'file', path: 'target/shop.war' } };
    await t.api.services.context.workspaceState.update(LAST_KEY, JSON.parse(JSON.stringify(stored)));
    t.ui.expectMessage('warning', 'Deploy shop.war to Shop — production?', 'Deploy');
    t.ui.expectMessage('information', 'Deployed shop.war to Shop — production (context shop).', 'Open in Browser');
    t.sim.clearRequests();
    await deploying('vap.deploy.redeployLast');
    assert.deepEqual(t.ui.opened, ['https://shop-prod.sim.vap.test/shop/']);
    assert.deepEqual(t.methods().filter((method) => ['Upload', 'DeployArchive', 'GetNodeGroups'].includes(method)), ['Upload', 'DeployArchive']);
    assert.equal(t.sim.requests.find((entry) => entry.method === 'DeployArchive')?.params.context, 'shop');

    // The status bar's menu offers both deploy entries for the workspace's environment.
    await t.api.environments.binding.set({ accountId: accountId(), envName: 'shop-prod' });
    await vscode.workspace.getConfiguration('vap').update('confirmDisruptiveActions', false, vscode.ConfigurationTarget.Global);
    let offered: string[] = [];
    t.ui.expectQuickPick<vscode.QuickPickItem>(/Shop — production — Running/, (items) => {
      offered = items.map((item) => plain(item.label));
      return items.find((item) => plain(item.label) === 'Redeploy Last Deployment');
    });
    t.ui.expectMessage('information', 'Deployed shop.war to Shop — production (context shop).');
    await deploying('vap.environments.workspaceActions');
    assert.ok(offered.includes('Deploy Archive…') && offered.includes('Redeploy Last Deployment'), offered.join(', '));
    assert.equal(t.sim.workloads.uploads().length, 2);
    t.ui.assertDone();
  });

  it('a remembered archive that is gone offers Deploy Archive instead of failing', async () => {
    await t.addAccount();
    await t.api.environments.deploy.memory.remember({ accountId: accountId(), envName: 'shop-prod', nodeGroup: 'cp', context: 'ROOT', source: { kind: 'file', path: 'target/gone.war' } });
    t.ui.expectMessage('warning', 'The last deployed archive, target/gone.war, is no longer there.', 'Deploy Archive…');
    writeArchive('target/new.war', 100);
    expectArchivePick(t.ui, 'new.war');
    expectContextAndConfirm(t.ui, 'ROOT', 'Deploy new.war to Shop — production?');
    t.ui.expectMessage('information', 'Deployed new.war to Shop — production (context ROOT).');
    await deploying('vap.deploy.redeployLast');
    t.ui.assertDone();
  });

  it('Git: AddRepo with credentials (never stored or shown), Deploy; then the same repository again is an Update', async () => {
    await t.addAccount();
    const target = { accountId: accountId(), envName: 'shop-prod', nodeGroup: 'cp' };
    expectGitDeploy('release', 'Login and password or access token', 'app', (ui) =>
      ui.expectInputBox(/Login of the repository host/, 'ci-bot').expectInputBox(/Password or access token of the repository host/, 'git-secret-4711'));
    t.ui.expectMessage('information', 'Deployed shop-release to Shop — production (context app).');
    await deploying('vap.deploy.fromGit', target);
    const add = t.sim.requests.find((entry) => entry.method === 'AddRepo');
    assert.deepEqual([add?.params.url, add?.params.branch, add?.params.login, add?.params.name], [REPO, 'release', 'ci-bot', 'shop-release']);
    assert.deepEqual(t.sim.workloads.deployments('shop-prod', 'cp').map((item) => [item.context, item.type]), [['app', 'GIT']]);
    assert.match(t.api.environments.deploy.output.lines.join('\n'), /cloning https:\/\/git\.example\.com\/team\/shop\.git \(release\)/);
    const state = JSON.stringify(t.api.services.context.workspaceState.keys().map((key) => t.api.services.context.workspaceState.get(key)));
    assert.ok(!state.includes('git-secret-4711'), 'the password is not in workspaceState');
    assert.deepEqual(t.api.environments.deploy.memory.last()?.source, { kind: 'git', url: REPO, branch: 'release', repo: 'shop-release' });

    expectGitDeploy('release', 'Public repository', 'app');
    t.ui.expectMessage('information', 'Deployed shop-release to Shop — production (context app).');
    t.sim.clearRequests();
    await deploying('vap.deploy.fromGit', target);
    assert.deepEqual(t.methods().filter((method) => ['AddRepo', 'Deploy', 'Update', 'GetDeployments'].includes(method)), ['GetDeployments', 'Update']);

    // Redeploy Last Deployment repeats it the same way, without a question but the confirmation.
    t.ui.expectMessage('warning', 'Deploy shop-release to Shop — production?', 'Deploy').expectMessage('information', /Deployed shop-release/);
    t.sim.clearRequests();
    await deploying('vap.deploy.redeployLast');
    assert.ok(t.methods().includes('Update') && !t.methods().includes('AddRepo'));
    t.ui.assertDone();
  });

  it('a platform without the Git methods (HTTP 404 for AddRepo): says Git deploy is not available', async () => {
    await t.addAccount();
    t.sim.faults.add({ method: 'AddRepo', kind: 'http', status: 404 });
    expectGitDeploy('', 'Public repository', 'ROOT');
    t.ui.expectMessage('error', 'Deploy shop to Shop — production failed: Git deployment is not available on this platform (AddRepo is not offered). Deploy an archive instead.');
    await launch('vap.deploy.fromGit', { accountId: accountId(), envName: 'shop-prod', nodeGroup: 'cp' });
    assert.equal(t.sim.countRequests('Deploy'), 0);
    t.ui.assertDone();
  });
});
