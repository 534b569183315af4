// Driving the VS Code workbench like a user: command palette, input boxes, quick picks, tree rows, notifications,
// the status bar, screenshots. Every wait is on something visible, with a timeout; never a fixed sleep.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { whenWorkbenchStarted } from '../harness/workbench';

/** How long to wait for the UI to react to one step. */
const STEP_TIMEOUT_MS = 15_000;

export type TextMatch = string | RegExp;

/** The little of the DOM that page functions here use. */
interface PageElement {
  readonly textContent: string | null;
  readonly offsetParent: unknown;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
}
interface PageDocument {
  querySelector(selector: string): PageElement | null;
}

export class Workbench {
  constructor(readonly page: Page) {}

  /** Opens the workbench and waits until our extension's activity bar entry is there (its contributions loaded). */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The palette is filled once when opened: open it before the contributions arrive and our commands never show.
    await this.activityBarItem('Virtuozzo Application Platform').waitFor({ timeout: 60_000 });
    // And until the workbench has restored its layout: a panel opened before then (VAP: Show Log right after start-up)
    // can be closed again by the restore of the last session's layout.
    await whenWorkbenchStarted(this.page);
  }

  activityBarItem(title: string): Locator {
    return this.page.locator(`.activitybar .action-item a[aria-label^="${title}"]`);
  }

  /** The view container currently open in the side bar, by its title. */
  sideBarTitle(): Locator {
    return this.page.locator('.part.sidebar .composite.title .title-label');
  }

  /** A view (pane) in the side bar, by its name. */
  view(name: string): Locator {
    return this.page.locator('.part.sidebar .pane').filter({ has: this.page.locator(`.pane-header[aria-label^="${name}"]`) });
  }

  /** A row of a tree view whose text matches. */
  treeRow(viewName: string, text: TextMatch): Locator {
    return this.view(viewName).locator('.monaco-list-row').filter({ hasText: text });
  }

  /** F1, the command by its full title ("VAP: Show Log"), Enter. */
  async runCommand(title: string): Promise<void> {
    const widget = this.quickInput();
    await this.page.keyboard.press('F1');
    await widget.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await widget.locator('.quick-input-box input').fill(`>${title}`);
    const row = widget.locator('.monaco-list-row').filter({ has: this.page.getByText(title, { exact: true }) }).first();
    await row.waitFor({ timeout: STEP_TIMEOUT_MS });
    await row.click();
  }

  /** Waits for the input box showing `match` (title, prompt or placeholder), types `value` and presses Enter. */
  async answerInputBox(match: TextMatch, value: string): Promise<void> {
    await this.quickInputShowing(match);
    // Typing before the widget shows this prompt would land in the previous step (or the closing palette).
    await this.quickInput().locator('.quick-input-box input').fill(value);
    await this.page.keyboard.press('Enter');
  }

  /** Waits for the quick pick showing `match`, then clicks the item whose label matches `item`. */
  async pickQuickItem(match: TextMatch, item: TextMatch): Promise<void> {
    await this.quickInputShowing(match);
    const row = this.quickInput().locator('.monaco-list-row').filter({ hasText: item }).first();
    await row.waitFor({ timeout: STEP_TIMEOUT_MS });
    await row.click();
  }

  /** Waits until no input box or quick pick is open. */
  async quickInputClosed(): Promise<void> {
    await this.quickInput().waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  }

  quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** Waits until the quick input is open and its title, prompt or placeholder matches. */
  async quickInputShowing(match: TextMatch): Promise<void> {
    const pattern = typeof match === 'string' ? { source: match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' } : { source: match.source, flags: match.flags };
    await this.page.waitForFunction(({ source, flags }) => {
      // Runs in the page; typed by hand because this project compiles without the DOM library.
      const document = (globalThis as unknown as { document: PageDocument }).document;
      const widget = document.querySelector('.quick-input-widget');
      if (widget === null || widget.offsetParent === null) return false;
      const input = widget.querySelector('.quick-input-box input');
      const text = [widget.querySelector('.quick-input-title')?.textContent, widget.querySelector('.quick-input-message')?.textContent,
        input?.getAttribute('placeholder'), input?.getAttribute('aria-label')].join('\n');
      return new RegExp(source, flags).test(text);
    }, pattern, { timeout: STEP_TIMEOUT_MS });
  }

  /**
   * A notification toast whose message matches. (With `--vscode-option enable-smoke-test-driver` VS Code shows no
   * toasts; the e2e workbench runs without it. Use notificationInCenter() there.)
   */
  notification(text: TextMatch): Locator {
    return this.page.locator('.notifications-toasts .notification-toast').filter({ hasText: text });
  }

  /** A notification from the Notification Center (opened first): works with or without toasts. */
  async notificationInCenter(text: TextMatch): Promise<Locator> {
    const center = this.page.locator('.notifications-center');
    if (!(await center.isVisible())) await this.runCommand('Notifications: Show Notifications');
    await center.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    return center.locator('.notification-list-item').filter({ hasText: text });
  }

  /**
   * Status bar entries whose text or accessible label matches. Transient messages (window.setStatusBarMessage) are
   * entries too; use extensionStatusBarItem() to get exactly one item of ours.
   */
  statusBarItem(text: TextMatch): Locator {
    const entries = this.page.locator('.part.statusbar .statusbar-item');
    return typeof text === 'string'
      ? entries.filter({ hasText: text }).or(this.page.locator(`.part.statusbar .statusbar-item[aria-label*=${JSON.stringify(text)}]`))
      : entries.filter({ hasText: text });
  }

  /** The status bar item an extension created with `createStatusBarItem(id, …)`. */
  extensionStatusBarItem(id: string, extensionId = 'vap-vscode.vap-vscode'): Locator {
    return this.page.locator(`.part.statusbar .statusbar-item[id=${JSON.stringify(`${extensionId}.${id}`)}]`);
  }

  /** The Output panel's channel picker and its text. */
  outputChannelPicker(): Locator {
    return this.page.locator('.part.panel select[aria-label="Switch Output"]');
  }

  outputText(): Locator {
    return this.page.locator('.part.panel .view-lines');
  }

  /** Clicks `button` of the modal dialog that says `message`, and waits until it has closed. */
  async confirmDialog(message: string, button: string): Promise<void> {
    const dialog = this.page.locator('.monaco-dialog-box').filter({ hasText: message });
    await dialog.waitFor();
    await dialog.locator('.dialog-buttons .monaco-button').filter({ hasText: new RegExp(`^${button}$`) }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** VAP: Add Access Token… with the platform address and the token, through the real prompts. */
  async addAccessToken(platformUrl: string, token: string): Promise<void> {
    await this.runCommand('VAP: Add Access Token…');
    await this.answerInputBox('address of your platform dashboard', platformUrl);
    await this.answerInputBox(`Paste a personal access token for ${new URL(platformUrl).host}`, token);
    await this.quickInputClosed();
  }

  async screenshot(file: string, target?: Locator): Promise<string> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await (target ?? this.page).screenshot({ path: file, animations: 'disabled' });
    return file;
  }
}
