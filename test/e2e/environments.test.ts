// Stop and start an environment in the real workbench, from the Environments view (inline buttons, the confirmation
// dialog, the row's "Stopping…" and spinner) and from the status bar item (its menu of valid actions), against the
// simulator on its real clock (operations take a few seconds, like a quick platform).

import { readmeScreenshot, useOwnAccount, useWorkbench } from './fixture';
import type { TextMatch, Workbench } from './workbench';

/** An account of its own on the run's shared simulator, so other suites' environments are left as they are. */
const LOGIN = 'e2e-environments@example.com';

describe('environments in the real UI', function () {
  this.timeout(120_000);
  const fixture = useWorkbench();
  const account = useOwnAccount(
    fixture,
    {
      login: LOGIN,
      password: 'e2e-environments-password',
      name: 'E2E Environments',
      environments: [
        {
          envName: 'shop-e2e',
          displayName: 'Shop — production',
          status: 1,
          sslstate: true,
          nodeGroups: [
            { name: 'bl' },
            { name: 'cp' },
            { name: 'sqldb' },
          ],
          nodes: [
            { id: 7101, nodeGroup: 'bl', nodeType: 'nginx', name: 'NGINX' },
            { id: 7102, nodeGroup: 'cp', nodeType: 'tomcat9', name: 'Tomcat 9' },
            { id: 7103, nodeGroup: 'cp', nodeType: 'tomcat9', name: 'Tomcat 9' },
            { id: 7104, nodeGroup: 'sqldb', nodeType: 'mysql8', name: 'MySQL 8', displayName: 'Primary DB' },
          ],
        },
        {
          envName: 'staging-e2e',
          displayName: 'Staging API',
          status: 2,
          nodeGroups: [{ name: 'cp' }],
          nodes: [{ id: 7201, nodeGroup: 'cp', nodeType: 'nodejs', name: 'Node.js' }],
        },
        {
          envName: 'sandbox-e2e',
          displayName: 'Dev sandbox',
          status: 4,
          nodeGroups: [{ name: 'cp' }],
          nodes: [{ id: 7301, nodeGroup: 'cp', nodeType: 'apache2', name: 'Apache PHP' }],
        },
      ],
    },
    'e2e environments',
  );

  /** Our status bar item, by the id VS Code gives it (its text also appears in our transient status messages). */
  const statusItem = (workbench: Workbench) => workbench.page.locator('[id="vap-vscode.vap-vscode.vap.workspaceEnvironment"]');
  const row = (workbench: Workbench, label: TextMatch) => workbench.treeRow('Environments', label);
  /** Clicks an inline action button of a row (they show on hover). */
  const inline = async (workbench: Workbench, label: string, action: string) => {
    const target = row(workbench, label);
    await target.hover();
    await target.locator(`.actions .action-label[aria-label="${action}"]`).click();
  };
  const confirmDialog = async (workbench: Workbench, message: string, button: string) => {
    const dialog = workbench.page.locator('.monaco-dialog-box').filter({ hasText: message });
    await dialog.waitFor();
    await dialog.locator('.dialog-buttons .monaco-button').filter({ hasText: new RegExp(`^${button}$`) }).click();
    await dialog.waitFor({ state: 'hidden' });
  };

  it('adds the account and shows its environments with their states', async () => {
    const { workbench } = fixture;
    await account.addToken();
    await row(workbench, 'Shop — production').waitFor();
    await row(workbench, 'Staging API').filter({ hasText: 'Stopped' }).waitFor();
    await row(workbench, 'Dev sandbox').filter({ hasText: 'Sleeping' }).waitFor();
  });

  it('binds an environment to the workspace: the status bar shows its state and name', async () => {
    const { workbench } = fixture;
    await workbench.runCommand('VAP: Select Workspace Environment…');
    await workbench.pickQuickItem('Which environment does this workspace use?', 'Shop — production');
    await statusItem(workbench).filter({ hasText: 'Shop — production' }).locator('.codicon-vm-running').waitFor();
    await workbench.runCommand('Notifications: Clear All Notifications');
  });

  it('stops an environment from the tree: confirmation, "Stopping…" with a spinner, then Stopped', async () => {
    const { workbench } = fixture;
    // Expanded, so the screenshot shows node groups and nodes too.
    await row(workbench, 'Shop — production').click();
    await row(workbench, 'Application Servers').click();
    await row(workbench, /^Tomcat 9.*7102/).waitFor();
    await inline(workbench, 'Shop — production', 'Stop Environment');
    await confirmDialog(workbench, 'Stop Shop — production?', 'Stop');
    const stopping = row(workbench, 'Shop — production').filter({ hasText: 'Stopping…' });
    await stopping.waitFor();
    await stopping.locator('.codicon-loading').waitFor();
    await statusItem(workbench).locator('.codicon-loading').waitFor();
    await workbench.notification('Stopping Shop — production').waitFor();
    await readmeScreenshot(workbench, 'environments-stopping');
    await row(workbench, 'Shop — production').filter({ hasText: 'Stopped' }).waitFor({ timeout: 30_000 });
  });

  it('starts it again from the tree', async () => {
    const { workbench } = fixture;
    await inline(workbench, 'Shop — production', 'Start Environment');
    await row(workbench, 'Shop — production').filter({ hasText: 'Starting…' }).waitFor();
    await row(workbench, 'Shop — production').locator('.codicon-vm-running').waitFor({ timeout: 30_000 });
  });

  it('stops and starts it from the status bar', async () => {
    const { workbench } = fixture;
    const item = statusItem(workbench).filter({ hasText: 'Shop — production' });
    await item.locator('.codicon-vm-running').waitFor();

    await item.click();
    await workbench.quickInputShowing('Shop — production — Running');
    await readmeScreenshot(workbench, 'environment-status-bar');
    await workbench.pickQuickItem('Shop — production — Running', 'Stop');
    await confirmDialog(workbench, 'Stop Shop — production?', 'Stop');
    await item.locator('.codicon-loading').waitFor();
    await item.locator('.codicon-vm-outline').waitFor({ timeout: 30_000 });
    await row(workbench, 'Shop — production').filter({ hasText: 'Stopped' }).waitFor();

    await item.click();
    await workbench.pickQuickItem('Shop — production — Stopped', 'Start');
    await item.locator('.codicon-loading').waitFor();
    await item.locator('.codicon-vm-running').waitFor({ timeout: 30_000 });
  });
});
