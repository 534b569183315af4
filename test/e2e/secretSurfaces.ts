// What a user (or anyone looking over their shoulder, or at their disk) can see of a workbench, for the e2e
// no-secret sweep: the page's text and attributes, the tooltips of our views' rows on hover, the notifications in
// the Notification Center, the log files of the code-server run, the settings files and the workspace folder.
// SecretStorage is the one place tokens belong: in code-server it lives in the browser's storage, not read here.

import * as path from 'node:path';
import { filesUnder } from '../sweep/files';
import type { Surface } from '../sweep/findLeaks';
import type { Workbench } from './workbench';

/** Rows hovered per view and sweep: enough for the tests' few rows, bounded for a big list. */
const MAX_HOVERED_ROWS = 12;
const HOVER_TIMEOUT_MS = 3_000;

/** The little of the DOM the page function uses (this project compiles without the DOM library). */
interface PageNode {
  readonly innerText?: string;
  readonly value?: string;
  readonly type?: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
}

export interface WorkbenchPlaces {
  /** code-server's user data dir: logs/, User/settings.json. */
  readonly userDataDir: string;
  readonly workspace: string;
}

export async function workbenchSurfaces(workbench: Workbench, places: WorkbenchPlaces): Promise<Surface[]> {
  return [
    ...(await pageSurfaces(workbench)),
    { name: 'tooltips of the views\' rows (hover)', text: await rowTooltips(workbench) },
    { name: 'the Notification Center', text: await notificationTexts(workbench) },
    ...filesUnder(path.join(places.userDataDir, 'logs'), 'the logs directory'),
    ...filesUnder(path.join(places.userDataDir, 'User'), 'the user settings', (file) => file.endsWith('.json') && !file.includes(`${path.sep}globalStorage${path.sep}`)),
    ...filesUnder(places.workspace, 'the workspace folder'),
  ];
}

/** All visible text, plus every attribute value and every input's value (a password box's own value excepted). */
async function pageSurfaces(workbench: Workbench): Promise<Surface[]> {
  const { text, attributes } = await workbench.page.evaluate(() => {
    const document = (globalThis as unknown as { document: { body: PageNode; querySelectorAll(selector: string): ArrayLike<PageNode> } }).document;
    const values: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) if (attribute.value) values.push(`${attribute.name}=${attribute.value}`);
      if (typeof element.value === 'string' && element.value !== '' && element.type !== 'password') values.push(`value=${element.value}`);
    }
    return { text: document.body.innerText ?? '', attributes: values.join('\n') };
  });
  return [
    { name: 'the workbench page (visible text)', text },
    { name: 'the workbench page (attributes and input values)', text: attributes, ownHexValues: true },
  ];
}

/** Hovers each row of our two views and collects the tooltip VS Code shows (built on hover by resolveTreeItem). */
async function rowTooltips(workbench: Workbench): Promise<string> {
  const page = workbench.page;
  const texts: string[] = [];
  // A hover the test left open (the status bar's) would cover the rows' own.
  await page.keyboard.press('Escape');
  // "Loading..." is VS Code's placeholder while resolveTreeItem builds the tooltip: wait for the tooltip itself.
  const shown = page.locator('.workbench-hover, .monaco-hover').filter({ visible: true, hasText: /\S/, hasNotText: /^\s*Loading\.\.\.\s*$/ });
  for (const name of ['Environments', 'Access Tokens']) {
    const rows = workbench.view(name).locator('.monaco-list-row');
    const count = Math.min(await rows.count(), MAX_HOVERED_ROWS);
    for (let index = 0; index < count; index++) {
      const row = rows.nth(index);
      if (!(await row.isVisible())) continue;
      // Away first, so the hover read next is this row's and not the last one's.
      await page.mouse.move(0, 0);
      await shown.first().waitFor({ state: 'hidden', timeout: HOVER_TIMEOUT_MS }).catch(() => undefined);
      await row.hover();
      // A row without a tooltip shows none: that is not a failure.
      if (await shown.first().waitFor({ timeout: HOVER_TIMEOUT_MS }).then(() => true, () => false)) texts.push(...(await shown.allInnerTexts()));
    }
  }
  await page.mouse.move(0, 0);
  return texts.join('\n');
}

/** The Notification Center's list (toasts fade; the center keeps them), then closed again for the next test. */
async function notificationTexts(workbench: Workbench): Promise<string> {
  const center = workbench.page.locator('.notifications-center');
  const wasOpen = await center.isVisible();
  if (!wasOpen) await workbench.runCommand('Notifications: Show Notifications');
  await center.waitFor({ state: 'visible', timeout: 15_000 });
  const text = await center.innerText();
  if (!wasOpen) {
    await workbench.runCommand('Notifications: Hide Notifications');
    await center.waitFor({ state: 'hidden', timeout: 15_000 });
  }
  return text;
}
