// A node's config file edited in the real workbench: opened from the Environments view's Files folder, changed in an
// ordinary editor, saved with Ctrl+S, and the simulator's node holds the new text (the `vap:` file system over HTTP).

import { strict as assert } from 'node:assert';
import { readmeScreenshot, useOwnAccount, useWorkbench } from './fixture';
import type { TextMatch, Workbench } from './workbench';

/** An account of its own on the run's shared simulator. */
const LOGIN = 'e2e-node-files@example.com';
const ENV = 'files-e2e';
const NODE = 7502;
const CONF = '/etc/tomcat9/tomcat9.conf';

describe('node files in the real UI', function () {
  this.timeout(120_000);
  // Saved by Ctrl+S only, so the test sees the editor dirty and then saved.
  const fixture = useWorkbench({ workspaceSettings: () => ({ 'files.autoSave': 'off' }) });
  const account = useOwnAccount(
    fixture,
    {
      login: LOGIN,
      password: 'e2e-node-files-password',
      name: 'E2E Node Files',
      environments: [
        {
          envName: ENV,
          displayName: 'Shop — files',
          status: 1,
          nodeGroups: [{ name: 'bl' }, { name: 'cp' }],
          nodes: [
            { id: 7501, nodeGroup: 'bl', nodeType: 'nginx', name: 'NGINX' },
            { id: NODE, nodeGroup: 'cp', nodeType: 'tomcat9', name: 'Tomcat 9' },
          ],
        },
      ],
    },
    'e2e node files',
  );

  const row = (workbench: Workbench, label: TextMatch) => workbench.treeRow('Environments', label);

  it('opens a config file from the Files folder, edits and saves it: the node has the new text', async () => {
    const { workbench, sim } = fixture;
    await account.addToken();
    await workbench.runCommand('Notifications: Clear All Notifications');

    await row(workbench, 'Shop — files').click();
    await row(workbench, 'Application Servers').click();
    await row(workbench, /^Tomcat 9.*7502/).click();
    await row(workbench, /^Files$/).click();
    await row(workbench, /^etc$/).click();
    await row(workbench, /^tomcat9$/).click();
    await row(workbench, /^tomcat9\.conf/).click();

    const editor = workbench.page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines').filter({ hasText: 'workers = 2' }).waitFor();
    await editor.locator('.view-lines').click();
    await workbench.page.keyboard.press('Control+End');
    await workbench.page.keyboard.type('max_threads = 200');
    const dirtyTab = workbench.page.locator('.tabs-container .tab.dirty').filter({ hasText: 'tomcat9.conf' });
    await dirtyTab.waitFor();
    await workbench.page.keyboard.press('Control+S');
    await dirtyTab.waitFor({ state: 'detached' });

    assert.equal(sim.workloads.fileText(ENV, NODE, CONF), '# tomcat9 configuration\nworkers = 2\nmax_threads = 200');
    await readmeScreenshot(workbench, 'node-files');
    // The open tab's inline style carries theme colours (six hex digits), which the no-secret sweep after the test can
    // take for a six-digit two-factor code another suite of the run made: close the editor, it has been checked.
    await workbench.runCommand('View: Close All Editors');
    await dirtyTab.waitFor({ state: 'detached' });
    await workbench.page.locator('.tabs-container .tab').filter({ hasText: 'tomcat9.conf' }).waitFor({ state: 'detached' });
  });
});
