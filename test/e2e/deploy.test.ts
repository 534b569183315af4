// Deploy a workspace archive from the command palette in the real workbench, against the simulator on its real clock:
// the environment, the build output, the context, the confirmation, the cancellable progress notification, the
// result notification and the VAP Deploy output with the nodes' log.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { readmeScreenshot, useOwnAccount, useWorkbench } from './fixture';

/** An account of its own on the run's shared simulator, so other suites' environments are left as they are. */
const LOGIN = 'e2e-deploy@example.com';

describe('deploy in the real UI', function () {
  this.timeout(120_000);
  const fixture = useWorkbench();
  const account = useOwnAccount(
    fixture,
    {
      login: LOGIN,
      password: 'e2e-deploy-password',
      name: 'E2E Deploy',
      environments: [
        {
          envName: 'shop-deploy',
          displayName: 'Shop — production',
          status: 1,
          nodeGroups: [{ name: 'bl' }, { name: 'cp' }, { name: 'sqldb' }],
          nodes: [
            { id: 8101, nodeGroup: 'bl', nodeType: 'nginx', name: 'NGINX' },
            { id: 8102, nodeGroup: 'cp', nodeType: 'tomcat9', name: 'Tomcat 9' },
            { id: 8103, nodeGroup: 'cp', nodeType: 'tomcat9', name: 'Tomcat 9' },
            { id: 8104, nodeGroup: 'sqldb', nodeType: 'mysql8', name: 'MySQL 8' },
          ],
        },
      ],
    },
    'e2e deploy',
  );

  before(() => {
    // A build output in the workspace: zip-shaped, as the platform checks.
    const archive = path.join(fixture.workspace, 'target', 'shop.war');
    fs.mkdirSync(path.dirname(archive), { recursive: true });
    fs.writeFileSync(archive, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(1536 * 1024, 'a')]));
  });

  it('adds the account', async () => {
    const { workbench } = fixture;
    await account.addToken();
    await workbench.treeRow('Environments', 'Shop — production').waitFor();
  });

  it('deploys target/shop.war from the palette and shows the result and the deploy log', async () => {
    const { workbench, sim } = fixture;
    // The VAP Deploy output open beside the deploy, as a user following it would have it.
    await workbench.runCommand('Output: Show Output Channels...');
    await workbench.pickQuickItem(/output/i, 'VAP Deploy');
    await workbench.outputChannelPicker().first().locator('option:checked', { hasText: 'VAP Deploy' }).waitFor({ state: 'attached' });
    await workbench.runCommand('VAP: Deploy Archive…');
    await workbench.pickQuickItem('Deploy to which environment?', 'Shop — production');
    // The build output, newest first, with its workspace path and size.
    await workbench.quickInputShowing('Which archive?');
    await workbench.quickInput().locator('.monaco-list-row').filter({ hasText: 'target/shop.war' }).filter({ hasText: '1.5 MB' }).waitFor();
    await workbench.pickQuickItem('Which archive?', 'shop.war');
    await workbench.answerInputBox('Context (path) of the application', 'ROOT');
    await workbench.confirmDialog('Deploy shop.war to Shop — production?', 'Deploy');
    await workbench.notification('Deploying to Shop — production…').waitFor({ timeout: 30_000 });
    await workbench.outputText().filter({ hasText: /Uploaded\s+shop\.war/ }).waitFor();
    await readmeScreenshot(workbench, 'deploy');
    const done = workbench.notification('Deployed shop.war to Shop — production (context ROOT).');
    await done.waitFor({ timeout: 30_000 });
    await done.locator('.monaco-button').filter({ hasText: /^Show Log$/ }).click();
    await workbench.outputChannelPicker().first().locator('option:checked', { hasText: 'VAP Deploy' }).waitFor({ state: 'attached' });
    await workbench.outputText().filter({ hasText: /node\s+\[8103\]:\s+application\s+\[ROOT\]\s+deployed/ }).waitFor();
    const deployed = sim.workloads.deployments('shop-deploy', 'cp');
    if (deployed.length !== 1 || deployed[0].name !== 'shop.war') throw new Error(`deployed: ${JSON.stringify(deployed)}`);
  });
});
