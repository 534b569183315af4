import { strict as assert } from 'node:assert';
import { readmeScreenshot, useWorkbench } from './fixture';

describe('the VAP views', () => {
  const fixture = useWorkbench();

  it('opens the container from the activity bar with both views and their welcome text', async () => {
    const { workbench } = fixture;
    await workbench.activityBarItem('Virtuozzo Application Platform').click();
    await workbench.sideBarTitle().filter({ hasText: 'Virtuozzo Application Platform' }).waitFor();

    const environments = workbench.view('Environments');
    const tokens = workbench.view('Access Tokens');
    await environments.locator('.welcome-view-content').filter({ hasText: 'Your environments appear here' }).waitFor();
    await tokens.locator('.welcome-view-content').filter({ hasText: 'Managing tokens needs your account password' }).waitFor();

    const environmentButtons = await environments.locator('.welcome-view-content .monaco-button').allInnerTexts();
    assert.deepEqual(environmentButtons, ['Add Access Token', 'Generate IDE Plugins Token', 'Learn about access tokens']);
    const tokenButtons = await tokens.locator('.welcome-view-content .monaco-button').allInnerTexts();
    assert.deepEqual(tokenButtons, ['Sign In to Manage Tokens', 'Generate IDE Plugins Token', 'Learn about access tokens']);
    await readmeScreenshot(workbench, 'welcome');
  });
});
