// Accounts and access tokens through the real workbench: Add Access Token (and a token pasted into the wrong box),
// Generate IDE Plugins Token (also on a two-factor account), the Access Tokens view after a management sign-in (the README screenshot), and a
// Custom token made with the real checklist, confirmed with the password, its value shown once in a modal dialog.

import { strict as assert } from 'node:assert';
import type { Locator } from 'playwright-core';
import { readmeScreenshot, useWorkbench } from './fixture';

describe('accounts and access tokens through the real UI', () => {
  const fixture = useWorkbench();
  const STEP = { timeout: 15_000 };

  /** The modal dialog whose message matches (VS Code's own dialog in the web workbench). */
  const dialog = (text: RegExp): Locator => fixture.workbench.page.locator('.monaco-dialog-box').filter({ hasText: text });
  const dialogButton = (box: Locator, title: string): Locator => box.locator('.dialog-buttons .monaco-button').filter({ hasText: title });

  it('Add Access Token: a token pasted into the address box is refused without being shown; the right boxes add it', async function () {
    this.timeout(90_000);
    const { workbench, sim } = fixture;
    const host = new URL(sim.url).host;
    await workbench.activityBarItem('Virtuozzo Application Platform').click();
    await workbench.runCommand('VAP: Add Access Token…');
    await workbench.quickInputShowing('address of your platform dashboard');
    const box = workbench.quickInput().locator('.quick-input-box input');
    await box.fill(sim.demo.token);
    const message = workbench.quickInput().locator('.quick-input-message');
    await message.filter({ hasText: 'looks like an access token, not a platform address' }).waitFor(STEP);
    assert.ok(!(await workbench.quickInput().innerText()).includes(sim.demo.token), 'the widget shows the token');
    await workbench.page.keyboard.press('Enter');
    await workbench.quickInputShowing(/Add Access Token \(1\/2\)/); // refused: still on the first step

    await box.fill(sim.url);
    await workbench.page.keyboard.press('Enter');
    await workbench.quickInputShowing(`Paste a personal access token for ${host}`);
    assert.equal(await box.getAttribute('type'), 'password', 'the token box hides what is pasted');
    await box.fill(sim.demo.token);
    await workbench.page.keyboard.press('Enter');
    await workbench.quickInputClosed();
    await workbench.notification(/Added demo@example\.com on .*VS Code now uses this token/).waitFor({ timeout: 30_000 });
  });

  it('Generate IDE Plugins Token: login, password, the default description and expiry; signs out and offers Copy', async function () {
    this.timeout(90_000);
    const { workbench, sim } = fixture;
    const host = new URL(sim.url).host;
    await workbench.runCommand('VAP: Generate IDE Plugins Token…');
    await workbench.pickQuickItem(/Pick the platform/, host);
    await workbench.answerInputBox('Your login', sim.demo.login);
    await workbench.answerInputBox(/The password of/, sim.demo.password);
    await workbench.quickInputShowing('A description');
    assert.match(await workbench.quickInput().locator('.quick-input-box input').inputValue(), /^VS Code on /);
    await workbench.page.keyboard.press('Enter');
    await workbench.quickInputShowing('When should the token expire?');
    const first = workbench.quickInput().locator('.monaco-list-row').first();
    assert.match(await first.innerText(), /90 days[\s\S]*default/);
    await workbench.page.keyboard.press('Enter');
    await workbench.quickInputClosed();
    const created = workbench.notification(/Created the IDE Plugins token “VS Code on .*” and stored it for demo@example\.com/);
    await created.waitFor({ timeout: 30_000 });
    await created.locator('.monaco-button').filter({ hasText: 'Copy' }).waitFor(STEP);
  });

  it('Access Tokens: sign in from the welcome view; the token VS Code uses is marked', async function () {
    this.timeout(90_000);
    const { workbench, sim } = fixture;
    const host = new URL(sim.url).host;
    const DAY = 24 * 60 * 60 * 1000;
    // A few tokens made elsewhere (the dashboard, scripts): a custom one about to expire, a preset, an expired one.
    sim.createToken({
      login: sim.demo.login,
      apiList: ['environment.control.GetEnvs', 'environment.control.RestartNodes', 'environment.deployment.Deploy'],
      description: 'CI deploy (shop-prod)',
      expiresAt: Date.now() + 5 * DAY + 60_000,
    });
    sim.createToken({ login: sim.demo.login, template: 'Maven Plugin', description: 'Maven build', expiresAt: Date.now() + 200 * DAY });
    sim.createToken({ login: sim.demo.login, template: 'Extended Access', description: 'Old automation script', expiresAt: Date.now() - 3 * DAY });
    const view = workbench.view('Access Tokens');
    await view.locator('.welcome-view-content .monaco-button').filter({ hasText: 'Sign In to Manage Tokens' }).click();
    await workbench.pickQuickItem(/Pick the platform/, host);
    await workbench.answerInputBox('Your login', sim.demo.login);
    await workbench.answerInputBox(/The password of/, sim.demo.password);
    await workbench.quickInputClosed();
    await workbench.treeRow('Access Tokens', 'demo@example.com').waitFor({ timeout: 30_000 });
    const used = workbench.treeRow('Access Tokens', /VS Code on .*used by VS Code · IDE Plugins · expires in 90 days/);
    await used.waitFor({ timeout: 30_000 });
    await workbench.treeRow('Access Tokens', /IDE Plugins \(simulator demo\)/).waitFor();
    await workbench.treeRow('Access Tokens', /CI deploy \(shop-prod\).*Custom · expires in 5 days · never used/).waitFor();
    await workbench.treeRow('Access Tokens', /Old automation script.*Extended Access · expired/).waitFor();
    if (process.env.VAP_UPDATE_SCREENSHOTS === '1') {
      // For the README: a wide side bar with only this view open, and no notifications over it.
      await workbench.runCommand('Notifications: Clear All Notifications');
      await workbench.view('Environments').locator('.pane-header').click();
      const box = await workbench.page.locator('.part.sidebar').boundingBox();
      if (box) {
        await workbench.page.mouse.move(box.x + box.width, box.y + box.height / 2);
        await workbench.page.mouse.down();
        await workbench.page.mouse.move(box.x + 640, box.y + box.height / 2, { steps: 8 });
        await workbench.page.mouse.up();
      }
      await used.click();
      await readmeScreenshot(workbench, 'access-tokens');
    }
  });

  it('Generate from the view: Custom methods in the real checklist, the password, the value shown once', async function () {
    this.timeout(120_000);
    const { workbench, sim } = fixture;
    const page = workbench.page;
    const view = workbench.view('Access Tokens');
    await view.locator('.pane-header').hover();
    await view.locator('.pane-header .actions .action-label[aria-label^="Generate Access Token"]').click();
    await workbench.answerInputBox('Description', 'e2e custom');
    await workbench.pickQuickItem('When should the token expire?', '30 days');
    await workbench.pickQuickItem('Which API methods may the token call?', 'Custom…');

    // The checklist: search, check two methods, show only the checked ones, accept.
    await workbench.quickInputShowing('Check the methods the token may call');
    const input = workbench.quickInput().locator('.quick-input-box input');
    const rows = workbench.quickInput().locator('.monaco-list-row');
    for (const method of ['GetEnvInfo', 'StopEnv']) {
      await input.fill(method);
      const row = rows.filter({ hasText: `environment.control.${method}` }).first();
      await row.waitFor(STEP);
      await row.locator('.quick-input-list-checkbox, input[type=checkbox], .monaco-checkbox').first().click();
    }
    await input.fill('');
    await workbench.quickInput().locator('.quick-input-titlebar .action-label[aria-label="Show Only Checked"]').click();
    await workbench.quickInput().locator('.quick-input-titlebar .action-label[aria-label="Show All"]').waitFor(STEP);
    await rows.filter({ hasText: 'environment.control.StartEnv' }).waitFor({ state: 'detached', ...STEP });
    assert.equal(await rows.filter({ hasText: /environment\.control\.(GetEnvInfo|StopEnv)/ }).count(), 2);
    await page.keyboard.press('Enter');

    await workbench.answerInputBox(/Confirm with the password of demo@example\.com/, sim.demo.password);
    const created = dialog(/Created “e2e custom”/);
    await created.waitFor({ timeout: 30_000 });
    assert.ok(!(await created.innerText()).match(/[0-9a-f]{40}/), 'the value itself is never shown');
    for (const title of ['Copy', 'Save to File…', 'Use in VS Code']) await dialogButton(created, title).waitFor(STEP);
    await dialogButton(created, 'Copy').click();
    const copied = dialog(/Copied to the clipboard/);
    await copied.waitFor(STEP);
    await page.keyboard.press('Escape');
    await copied.waitFor({ state: 'detached', ...STEP });
    await workbench.treeRow('Access Tokens', /e2e custom.*Custom · expires in 30 days/).waitFor({ timeout: 30_000 });
  });

  it('Accounts menu: the account is listed under Virtuozzo Application Platform, and Sign Out removes it', async function () {
    this.timeout(90_000);
    const { workbench } = fixture;
    const page = workbench.page;
    await workbench.activityBarItem('Accounts').click();
    const menu = page.locator('.monaco-menu');
    const entry = menu.locator('.action-item').filter({ hasText: /demo@example\.com on .*\(Virtuozzo Application Platform\)/ });
    await entry.waitFor(STEP);
    await entry.hover();
    const signOut = menu.locator('.action-item').filter({ hasText: /^Sign Out$/ }).first();
    await signOut.waitFor(STEP);
    await signOut.hover();
    await page.keyboard.press('Enter');
    // VS Code may confirm first (it does when other extensions used the account).
    const confirm = dialog(/sign out/i);
    const welcome = workbench.view('Environments').locator('.welcome-view-content').filter({ hasText: 'Your environments appear here' });
    await confirm.or(welcome).first().waitFor({ timeout: 30_000 });
    if (await confirm.isVisible()) {
      console.log('      (VS Code asked to confirm the sign-out)');
      await dialogButton(confirm, 'Sign Out').click();
    }
    await welcome.waitFor({ timeout: 30_000 });
  });
});

// Its own workbench: the account it adds must not be in the way of the tests above (the Accounts menu lists one).
describe('two-factor sign-in through the real UI', () => {
  const fixture = useWorkbench();

  it('Generate IDE Plugins Token on a two-factor account: the code asked for after Signin, a wrong one, then the right one', async function () {
    this.timeout(90_000);
    const { workbench, sim } = fixture;
    const login = 'tfa@example.com';
    await workbench.runCommand('VAP: Generate IDE Plugins Token…');
    await workbench.answerInputBox('address of your platform dashboard', sim.url); // a fresh workbench: no recent platform
    await workbench.answerInputBox('Your login', login);
    await workbench.answerInputBox(/The password of/, 'tfa-password');
    const current = sim.twoFactorCode(login);
    await workbench.answerInputBox(/Two-factor authentication: the six-digit code from your authenticator app/, current === '000000' ? '111111' : '000000');
    // The code of the moment it is typed (the simulator runs on the real clock here); the one before is accepted too.
    await workbench.quickInputShowing(/That code was not accepted; 2 attempts left/);
    await workbench.answerInputBox(/not accepted/, sim.twoFactorCode(login));
    await workbench.quickInputShowing('A description');
    await workbench.page.keyboard.press('Enter');
    await workbench.quickInputShowing('When should the token expire?');
    await workbench.page.keyboard.press('Enter');
    await workbench.quickInputClosed();
    await (await workbench.notificationInCenter(/Created the IDE Plugins token “VS Code on .*” and stored it for tfa@example\.com/)).waitFor({ timeout: 30_000 });
    assert.equal(sim.countRequests({ method: 'Verify2FACode', result: 701 }), 1, 'one wrong code reached the platform');
    assert.equal(sim.countRequests({ method: 'Verify2FACode', result: 0 }), 1);
    assert.equal(sim.countSessions({ restricted: true }), 0, 'no unfinished sign-in left');
  });
});
