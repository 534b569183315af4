import { readmeScreenshot, useWorkbench } from './fixture';

describe('adding an account against the simulator', () => {
  const fixture = useWorkbench();

  it('takes the platform address and token in input boxes, confirms, and lists the environments', async function () {
    this.timeout(90_000);
    const { workbench, sim } = fixture;
    const host = new URL(sim.url).host;
    await workbench.activityBarItem('Virtuozzo Application Platform').click();
    await workbench.runCommand('VAP: Add Access Token…');
    await workbench.answerInputBox('address of your platform dashboard', sim.url);
    await workbench.answerInputBox(`Paste a personal access token for ${host}`, sim.demo.token);
    await workbench.quickInputClosed();

    const added = new RegExp(`Added .* on ${host.replace(/\./g, '\\.')}`);
    await workbench.notification(added).waitFor({ timeout: 30_000 });
    await workbench.treeRow('Environments', 'Shop — production').waitFor();
    await workbench.treeRow('Environments', 'Staging API').waitFor();
    // The progress notification of the check closes once the token is stored.
    await workbench.notification('Checking the token').waitFor({ state: 'hidden' });
    // With an account and no environment chosen for the workspace, the status bar offers to choose one.
    await workbench.extensionStatusBarItem('vap.workspaceEnvironment').filter({ hasText: 'VAP' }).waitFor();
    await readmeScreenshot(workbench, 'environments');
    // Toasts fade; the Notification Center keeps the message.
    await (await workbench.notificationInCenter(added)).waitFor();
  });
});
