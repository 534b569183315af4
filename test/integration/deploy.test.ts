// Deploy Archive… in a real extension host against the simulator over HTTP: the workspace's build outputs, the upload's
// byte progress, the deploy finishing on the simulator's clock, Cancel during the upload, every failure code, a stopped
// environment, a URL deploy without upload, and what goes over the wire.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { permissionOf } from '../../src/platform';
import { useEnvironmentsFixture } from './environmentsKit';
import { expectArchivePick, expectContextAndConfirm, plain, recordProgress, removeWrittenFiles, writeArchive } from './deployKit';

const DEPLOY = 'vap.deploy.archive';
const MB = 1024 * 1024;

describe('Deploy: archives', function () {
  this.timeout(30_000);
  const t = useEnvironmentsFixture();
  afterEach(() => removeWrittenFiles());

  const launch = (command: string, ...args: unknown[]): Promise<unknown> => Promise.resolve(vscode.commands.executeCommand(command, ...args));
  const accountId = () => t.api.services.accounts.list()[0].id;
  const shopCp = () => ({ accountId: accountId(), envName: 'shop-prod', nodeGroup: 'cp' });
  const output = () => t.api.environments.deploy.output.lines.join('\n');

  it('from the palette: workspace env first, build outputs newest first, byte progress, then the deploy on the simulator clock', async () => {
    writeArchive('target/shop.war', 3 * MB);
    writeArchive('build/old.zip', 2048, { mtime: new Date(Date.now() - 3_600_000) });
    writeArchive('node_modules/dep/lib.jar', 100);
    await t.addAccount();
    await t.api.environments.binding.set({ accountId: accountId(), envName: 'shop-prod' });
    const progress = recordProgress(t.api);
    let envLabels: string[] = [];
    let archiveItems: readonly vscode.QuickPickItem[] = [];
    t.ui.expectQuickPick<vscode.QuickPickItem & { ref?: unknown }>(/Deploy to which environment\?/, (items) => {
      envLabels = items.map((item) => `${plain(item.label)} | ${item.description}`);
      return items[0];
    });
    expectArchivePick(t.ui, 'shop.war', (_labels, items) => (archiveItems = items));
    expectContextAndConfirm(t.ui, 'ROOT', 'Deploy shop.war to Shop — production?');
    t.ui.expectMessage('information', 'Deployed shop.war to Shop — production (context ROOT).', 'Show Log');
    t.sim.clearRequests();

    const running = launch(DEPLOY);
    await t.sim.operationStarted('shop-prod');
    assert.match(envLabels[0], /^Shop — production \| this workspace · /);
    assert.deepEqual(archiveItems.filter((item) => item.kind !== vscode.QuickPickItemKind.Separator).map((item) => [plain(item.label), item.description]), [
      ['shop.war', 'target/shop.war'],
      ['old.zip', 'build/old.zip'],
      ['Browse…', 'an archive anywhere on this computer'],
      ['From a URL…', 'the platform downloads it; nothing is uploaded'],
    ]);
    assert.match(archiveItems[0].detail ?? '', /^3 MB · modified /);
    assert.deepEqual(t.ui.modals, ['Deploy shop.war to Shop — production?']);
    // Bytes went up to the whole body, in order, then the deploy began.
    const uploads = progress.reports.filter((report) => report.phase === 'upload');
    assert.ok(uploads.length >= 3, `upload reports: ${uploads.length}`);
    assert.match(uploads[0].message, /^Uploading shop\.war — 0\.\d of 3\.0 MB$/);
    assert.equal(uploads.at(-1)?.sent, uploads.at(-1)?.total);
    assert.ok(uploads.every((report, index) => index === 0 || (report.sent ?? 0) >= (uploads[index - 1].sent ?? 0)));
    assert.deepEqual(progress.reports.at(-1), { phase: 'deploy', message: 'Deploying to Shop — production…' });
    assert.deepEqual(t.api.environments.deploy.output.lines.some((line) => line.includes('Uploaded shop.war')), true);
    assert.deepEqual(t.sim.workloads.deployments('shop-prod', 'cp'), [], 'nothing deployed before the clock moves');

    t.sim.clock.advance(t.sim.durations.deploy);
    await running;
    progress.dispose();
    const [upload] = t.sim.workloads.uploads();
    assert.deepEqual(upload.data, fs.readFileSync(writeArchivePath('target/shop.war')));
    assert.deepEqual(t.sim.workloads.deployments('shop-prod', 'cp').map((item) => [item.context, item.name, item.type]), [['ROOT', 'shop.war', 'ARCHIVE']]);
    const methods = t.methods();
    assert.deepEqual(methods.filter((method) => ['GetNodeGroups', 'Upload', 'DeployArchive'].includes(method)), ['GetNodeGroups', 'Upload', 'DeployArchive']);
    const deployCall = t.sim.requests.find((entry) => entry.method === 'DeployArchive');
    assert.equal(deployCall?.params.fileUrl, upload.url);
    assert.equal(deployCall?.params.context, 'ROOT');
    assert.match(output(), /node \[1102\]: application \[ROOT\] deployed/);
    assert.match(output(), /node \[1103\]: application \[ROOT\] deployed/);
    assert.deepEqual(t.api.environments.deploy.memory.last(), { accountId: accountId(), envName: 'shop-prod', nodeGroup: 'cp', context: 'ROOT', source: { kind: 'file', path: 'target/shop.war' } });
    t.ui.assertDone();
  });

  it('palette with two accounts: the account, the environment, then only the application node groups to choose from', async () => {
    writeArchive('target/shop.war', 1000);
    t.sim.addAccount({
      login: 'layers@example.com',
      password: 'layers-password',
      environments: [{
        envName: 'layered',
        displayName: 'Layered',
        status: 1,
        nodeGroups: [{ name: 'bl' }, { name: 'cp' }, { name: 'worker' }, { name: 'sqldb' }],
        nodes: [
          { id: 9101, nodeGroup: 'bl', nodeType: 'nginx', name: 'NGINX' },
          { id: 9102, nodeGroup: 'cp', nodeType: 'tomcat9', name: 'Tomcat 9' },
          { id: 9103, nodeGroup: 'worker', nodeType: 'docker', name: 'Worker' },
          { id: 9104, nodeGroup: 'sqldb', nodeType: 'mysql8', name: 'MySQL 8' },
        ],
      }],
    });
    await t.addAccount('Demo');
    await t.addAccount('Layers', t.sim.createToken({ login: 'layers@example.com', template: 'IDE Plugins' }).key);
    let groups: string[] = [];
    t.ui.expectQuickPick(/Which account\?/, 'Layers').expectQuickPick(/Deploy to which environment\?/, 'Layered');
    expectArchivePick(t.ui, 'shop.war');
    t.ui.expectQuickPick<vscode.QuickPickItem>(/Which node group runs the application\?/, (items) => {
      groups = items.map((item) => `${item.label} | ${item.description}`);
      return items.find((item) => item.label === 'worker');
    });
    expectContextAndConfirm(t.ui, 'jobs', 'Deploy shop.war to Layered?');
    t.ui.expectMessage('information', 'Deployed shop.war to Layered (context jobs).');
    const running = launch(DEPLOY);
    await t.sim.operationStarted('layered');
    t.sim.completeOperations();
    await running;
    assert.deepEqual(groups, ['Application Servers | cp · 1 node', 'worker | worker · 1 node']);
    assert.deepEqual(t.sim.workloads.deployments('layered', 'worker').map((item) => [item.context, item.name]), [['jobs', 'shop.war']]);
    t.ui.assertDone();
  });

  it('Cancel during the upload: the upload stops, DeployArchive is never sent, nothing is deployed', async () => {
    writeArchive('target/big.war', 8 * MB);
    await t.addAccount();
    const cancelled = t.api.environments.deploy.runs.onProgress((report) => {
      if (report.phase === 'upload' && (report.sent ?? 0) < (report.total ?? 0)) t.api.environments.deploy.runs.cancelAll();
    });
    expectArchivePick(t.ui, 'big.war');
    expectContextAndConfirm(t.ui, 'ROOT', 'Deploy big.war to Shop — production?');
    await launch(DEPLOY, shopCp());
    cancelled.dispose();
    assert.deepEqual(t.ui.notifications.map((note) => note.message), ['Deploy big.war to Shop — production: cancelled. Nothing was deployed.']);
    assert.equal(t.sim.countRequests('DeployArchive'), 0);
    assert.deepEqual(t.sim.workloads.deployments('shop-prod', 'cp'), []);
    assert.ok(t.sim.workloads.uploads().every((item) => item.size < 8 * MB), 'no whole upload arrived');
    assert.match(output(), /Cancelled\./);
    t.ui.assertDone();
  });

  it('Cancel during the deploy: stops waiting and says the platform may still finish it', async () => {
    await t.addAccount();
    t.ui.expectQuickPick<vscode.QuickPickItem>(/No war, jar/, (items) => items.find((item) => plain(item.label) === 'From a URL…'));
    t.ui.expectInputBox(/Address of the archive/, 'https://builds.example.com/shop.war');
    expectContextAndConfirm(t.ui, 'ROOT', 'Deploy shop.war to Shop — production?');
    const running = launch(DEPLOY, shopCp());
    await t.sim.operationStarted('shop-prod');
    t.api.environments.deploy.runs.cancelAll();
    await running;
    assert.deepEqual(t.ui.notifications.map((note) => note.message), [
      'Deploy shop.war to Shop — production: stopped waiting. The platform may still finish the deployment it started.',
    ]);
    t.ui.assertDone();
  });

  for (const [code, setUp, words] of [
    [4071, () => writeArchive('target/app.war', 20, { content: Buffer.from('this is not a zip file') }), /could not open the archive \(DeployArchive answered 4071: damaged\)\. Rebuild it and deploy again\. The platform says: archive \[app\.war\] is damaged$/],
    [4072, () => writeArchive('target/app.war', 0, { content: Buffer.alloc(0) }), /the archive is empty \(DeployArchive answered 4072\)\. Check the build that made it\./],
  ] as const) {
    it(`a ${code} from the platform: a clear message, the deploy log shown, nothing deployed`, async () => {
      setUp();
      await t.addAccount();
      expectArchivePick(t.ui, 'app.war');
      expectContextAndConfirm(t.ui, 'ROOT', 'Deploy app.war to Shop — production?');
      t.ui.expectMessage('error', words);
      const running = launch(DEPLOY, shopCp());
      await t.sim.operationStarted('shop-prod');
      t.sim.completeOperations();
      await running;
      assert.deepEqual(t.sim.workloads.deployments('shop-prod', 'cp'), []);
      assert.match(output(), /Failed: DeployArchive/);
      t.ui.assertDone();
    });
  }

  it('From a URL…: no upload, DeployArchive gets the address; a 4060 says the deploy failed', async () => {
    await t.addAccount();
    t.sim.workloads.failNextDeploy(4060);
    t.ui.expectQuickPick<vscode.QuickPickItem>(/No war, jar/, (items) => items.find((item) => plain(item.label) === 'From a URL…'));
    t.ui.expectInputBox(/Address of the archive/, 'https://builds.example.com/ci/42/shop.war');
    expectContextAndConfirm(t.ui, 'shop', 'Deploy shop.war to Shop — production?');
    t.ui.expectMessage('error', /could not deploy it \(DeployArchive answered 4060\)\. The deploy output has the nodes’ log\. The platform says: deployment of \[shop\.war\] failed$/);
    t.sim.clearRequests();
    const running = launch(DEPLOY, shopCp());
    await t.sim.operationStarted('shop-prod');
    t.sim.completeOperations();
    await running;
    assert.equal(t.sim.countRequests('Upload'), 0);
    const call = t.sim.requests.find((entry) => entry.method === 'DeployArchive');
    assert.equal(call?.params.fileUrl, 'https://builds.example.com/ci/42/shop.war');
    assert.equal(call?.params.fileName, 'shop.war');
    assert.equal(call?.params.context, 'shop');
    assert.deepEqual(t.api.environments.deploy.memory.last()?.source, { kind: 'url', url: 'https://builds.example.com/ci/42/shop.war' });
    t.ui.assertDone();
  });

  it('Browse…: an archive outside the workspace is uploaded and remembered by its absolute path', async () => {
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vap-deploy-')), 'release.jar');
    fs.writeFileSync(outside, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 'b')]));
    try {
      await t.addAccount();
      t.ui.expectQuickPick<vscode.QuickPickItem>(/No war, jar/, (items) => items.find((item) => plain(item.label) === 'Browse…'));
      t.ui.expectOpenDialog('Deploy Archive', vscode.Uri.file(outside));
      expectContextAndConfirm(t.ui, 'ROOT', 'Deploy release.jar to Shop — production?');
      t.ui.expectMessage('information', 'Deployed release.jar to Shop — production (context ROOT).');
      const running = launch(DEPLOY, shopCp());
      await t.sim.operationStarted('shop-prod');
      t.sim.completeOperations();
      await running;
      assert.deepEqual(t.sim.workloads.uploads().map((item) => [item.name, item.size]), [['release.jar', 2004]]);
      assert.deepEqual(t.api.environments.deploy.memory.last()?.source, { kind: 'file', path: outside });
      t.ui.assertDone();
    } finally {
      fs.rmSync(path.dirname(outside), { recursive: true, force: true });
    }
  });

  it('a token without DeployArchive (8202): names the method and offers an IDE Plugins token', async () => {
    writeArchive('target/shop.war', 1000);
    const methods = ['GetEnvs', 'GetEnvInfo', 'GetNodeGroups', 'Upload'] as const;
    const { key } = t.sim.createToken({ login: 'demo@example.com', apiList: methods.map((method) => permissionOf(method)) });
    await t.addAccount('Limited', key);
    expectArchivePick(t.ui, 'shop.war');
    expectContextAndConfirm(t.ui, 'ROOT', 'Deploy shop.war to Shop — production?');
    t.ui.expectMessage('error', 'Deploy shop.war to Shop — production failed: this token may not use environment.deployment.DeployArchive (deploy archives). Edit the token to allow it, or generate an IDE Plugins token.');
    await launch(DEPLOY, shopCp());
    assert.equal(t.sim.countRequests('DeployArchive'), 1);
    assert.deepEqual(t.sim.workloads.deployments('shop-prod', 'cp'), []);
    t.ui.assertDone();
  });

  it('a stopped environment offers Start and Deploy: it starts, then deploys; a broken one is refused, nothing sent', async () => {
    writeArchive('target/api.jar', 1000);
    await t.addAccount();
    expectArchivePick(t.ui, 'api.jar');
    t.ui.expectMessage('warning', 'Staging API is stopped. A deployment needs it running.', 'Start and Deploy');
    expectContextAndConfirm(t.ui, 'ROOT', 'Deploy api.jar to Staging API?');
    t.ui.expectMessage('information', 'Deployed api.jar to Staging API (context ROOT).');
    const running = launch(DEPLOY, { accountId: accountId(), envName: 'staging-api' });
    const start = await t.sim.operationStarted('staging-api');
    assert.equal(start.kind, 'start');
    t.sim.completeOperations();
    const deploy = await t.sim.operationStarted('staging-api');
    assert.equal(deploy.kind, 'deploy');
    t.sim.completeOperations();
    await running;
    // One node group that runs applications (cp; sqldb does not): picked without asking.
    assert.deepEqual(t.sim.workloads.deployments('staging-api', 'cp').map((item) => item.name), ['api.jar']);

    expectArchivePick(t.ui, 'api.jar');
    t.ui.expectMessage('warning', 'Legacy CRM is broken: it cannot take a deployment now.');
    t.sim.clearRequests();
    await launch(DEPLOY, { accountId: accountId(), envName: 'legacy-crm' });
    assert.deepEqual(t.methods().filter((method) => method !== 'GetEnvs'), []);
    t.ui.assertDone();
  });
});

function writeArchivePath(relative: string): string {
  return `${vscode.workspace.workspaceFolders?.[0]?.uri.fsPath}/${relative}`;
}
