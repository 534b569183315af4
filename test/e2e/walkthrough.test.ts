import { strict as assert } from 'node:assert';
import { readmeScreenshot, useWorkbench } from './fixture';

describe('the Getting Started walkthrough', () => {
  const fixture = useWorkbench();

  it('opens from the palette, and the token step gets its check once Add Access Token has run', async function () {
    this.timeout(90_000);
    const { workbench, sim } = fixture;
    const page = workbench.page;
    const host = new URL(sim.url).host;
    await workbench.runCommand('VAP: Get Started with VAP');
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.getByText('Get Started with Virtuozzo Application Platform').first().waitFor({ timeout: 30_000 });
    const step = (title: string) => walkthrough.locator('.getting-started-step').filter({ hasText: title });
    for (const title of ['Add or generate an access token', 'See your environments', 'Start and stop an environment', 'Deploy your project']) {
      await step(title).waitFor({ state: 'attached' });
    }
    const token = step('Add or generate an access token');
    // VS Code marks a done step with aria-checked (and its check icon).
    assert.equal(await token.getAttribute('aria-checked'), 'false', 'not done before the command ran');

    // The first step is open: its own button runs the real command.
    await token.getByRole('button', { name: 'Add Access Token' }).click();
    await workbench.answerInputBox('address of your platform dashboard', sim.url);
    await workbench.answerInputBox(`Paste a personal access token for ${host}`, sim.demo.token);
    await workbench.quickInputClosed();
    await workbench.notification(new RegExp(`Added .* on ${host.replace(/\./g, '\\.')}`)).waitFor({ timeout: 30_000 });

    await token.and(page.locator('[aria-checked="true"]')).waitFor({ timeout: 30_000 });
    await token.locator('.codicon-getting-started-step-checked').waitFor({ state: 'attached' });
    for (const title of ['See your environments', 'Start and stop an environment', 'Deploy your project']) {
      assert.equal(await step(title).getAttribute('aria-checked'), 'false', `${title} waits for its own command`);
    }
    await workbench.notification('Checking the token').waitFor({ state: 'hidden' });
    await readmeScreenshot(workbench, 'walkthrough');
  });
});
