import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { Views } from '../../src/ui/commandIds';
import { activateVap, localize, manifest } from './vap';

describe('views', () => {
  const contributes = manifest().contributes;
  const containerViews = contributes.views[Views.container] ?? [];

  before(() => activateVap());

  it('contributes the activity bar container with the Environments and Access Tokens views', () => {
    assert.ok(contributes.viewsContainers.activitybar.some((container) => container.id === Views.container));
    assert.deepEqual(containerViews.map((view) => view.id), [Views.environments, Views.accessTokens]);
    assert.deepEqual(containerViews.map((view) => localize(view.name)), ['Environments', 'Access Tokens']);
  });

  it('opens the container from the activity bar command', async () => {
    await vscode.commands.executeCommand(`workbench.view.extension.${Views.container}`);
  });

  for (const view of [Views.environments, Views.accessTokens]) {
    it(`focuses ${view}`, async () => {
      // VS Code registers "<view>.focus" only for a view it knows; a missing view makes this reject.
      await vscode.commands.executeCommand(`${view}.focus`);
    });

    it(`gives ${view} welcome content whose command links exist`, () => {
      const welcome = contributes.viewsWelcome.filter((entry) => entry.view === view);
      assert.ok(welcome.length > 0, `${view} has no viewsWelcome entry`);
      const declared = contributes.commands.map((entry) => entry.command);
      for (const entry of welcome) {
        const text = localize(entry.contents);
        assert.ok(text.trim().length > 0, `empty welcome text for ${view}`);
        const links = [...text.matchAll(/\]\(command:([\w.]+)/g)].map((match) => match[1]);
        assert.ok(links.length > 0, `welcome text for ${view} offers no command: ${text}`);
        assert.deepEqual(links.filter((command) => !declared.includes(command)), [], `welcome links to undeclared commands`);
      }
    });
  }

  it('gives a fresh install (no accounts) the Environments welcome', () => {
    // The first Environments entry is the one for an empty install: its condition must hold without accounts.
    const first = contributes.viewsWelcome.find((entry) => entry.view === Views.environments);
    assert.ok(first !== undefined && (first.when === undefined || first.when === '!vap.hasAccounts'), JSON.stringify(first));
  });
});
