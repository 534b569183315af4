// A node's log in the real workbench: the Logs folder under a node in the Environments view, the log opened from it
// in a read-only editor, Follow from the editor title, and a line the running application writes appearing in the
// editor (the simulator's log grows; follow mode polls it on its real timer). Writes the README's Logs screenshot.

import { readmeScreenshot, useOwnAccount, useWorkbench } from './fixture';
import type { TextMatch } from './workbench';

/** An account of its own on the run's shared simulator. */
const LOGIN = 'e2e-logs@example.com';
const NODE = 7401;

describe('node logs in the real UI', function () {
  this.timeout(120_000);
  const fixture = useWorkbench();
  const account = useOwnAccount(
    fixture,
    {
      login: LOGIN,
      password: 'e2e-logs-password',
      name: 'E2E Logs',
      environments: [
        {
          envName: 'shop-logs',
          displayName: 'Shop — production',
          status: 1,
          nodeGroups: [{ name: 'cp' }],
          nodes: [{ id: NODE, nodeGroup: 'cp', nodeType: 'tomcat9', name: 'Tomcat 9' }],
        },
      ],
    },
    'e2e logs',
  );

  const row = (label: TextMatch) => fixture.workbench.treeRow('Environments', label);
  const editorText = () => fixture.workbench.page.locator('.part.editor .editor-instance .view-lines');
  const titleAction = (label: string) => fixture.workbench.page.locator(`.part.editor .editor-actions .action-label[aria-label="${label}"]`);

  it("opens a node's log from the Logs folder, follows it, and shows the new line", async () => {
    const { workbench, sim } = fixture;
    sim.workloads.appendLog('shop-logs', NODE, '/var/log/run.log', ['GET / 200', 'GET /cart 200']);
    await account.addToken();

    await row('Shop — production').click();
    await row('Application Servers').click();
    await row(/^Tomcat 9.*7401/).click();
    await row(/^Logs$/).click();
    await row(/^run\.log\s*\d+ B ·/).click();
    await editorText().filter({ hasText: 'GET /cart 200' }).waitFor();

    await titleAction('Follow Log').click();
    await workbench.extensionStatusBarItem('vap.logs.following').filter({ hasText: 'Following run.log' }).waitFor();
    await titleAction('Stop Following Log').waitFor();
    sim.workloads.appendLog('shop-logs', NODE, '/var/log/run.log', ['POST /checkout 201 — written while followed']);
    // Follow mode reads new lines every 2 s on its real timer: the line shows up without any action.
    await editorText().filter({ hasText: 'POST /checkout 201' }).waitFor({ timeout: 20_000 });
    await workbench.runCommand('Notifications: Clear All Notifications');
    await readmeScreenshot(workbench, 'logs-follow');

    await titleAction('Stop Following Log').click();
    await titleAction('Follow Log').waitFor();
    await workbench.extensionStatusBarItem('vap.logs.following').waitFor({ state: 'hidden' });
  });
});
