import { vscode } from '../ui/vscodeApi';
import { Commands } from '../ui/commandIds';
import type { AccountParts } from './parts';
import { formatDay } from './expiryDates';
import { expiryText } from './timeText';
import { Account, accountTitle } from './account';
import { expiresWithin, warningDays, WARNING_DAYS_SETTING } from './expiryWindow';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'globalState' | 'health' | 'prompts'>;

const WARNED_KEY = 'vap.expiryWarnings';
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Warns, at most once a day per account, when the token VS Code uses expires within the warning period or has
 * expired, offering Regenerate and Replace Token. Checks on start, every hour and when the setting changes; keeps the
 * token-health states (expiring, expired) current at the same time.
 */
export class ExpiryWatch implements vscode.Disposable {
  #timer: NodeJS.Timeout | undefined;
  readonly #subscriptions: vscode.Disposable[] = [];

  readonly #services: Parts;
  constructor(services: Parts) {
    this.#services = services;
  }

  start(): void {
    this.#timer = setInterval(() => void this.check(), CHECK_EVERY_MS);
    this.#subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`vap.${WARNING_DAYS_SETTING}`)) void this.check();
      }),
    );
    void this.check();
  }

  /** Looks at every account at `now` (tests pass a later date); resolves when the warnings shown were answered. */
  async check(now = new Date()): Promise<void> {
    this.#services.health.recheck();
    const days = warningDays();
    const warned = { ...(this.#services.globalState.get<Record<string, string>>(WARNED_KEY) ?? {}) };
    const accounts = this.#services.accounts.list();
    for (const id of Object.keys(warned)) if (!accounts.some((account) => account.id === id)) delete warned[id];
    const due = days === 0 ? [] : accounts.filter((account) => expiresWithin(account, now, days) && warned[account.id] !== formatDay(now));
    for (const account of due) warned[account.id] = formatDay(now);
    await this.#services.globalState.update(WARNED_KEY, warned);
    await Promise.all(due.map((account) => this.#warn(account, now)));
  }

  dispose(): void {
    if (this.#timer) clearInterval(this.#timer);
    for (const subscription of this.#subscriptions) subscription.dispose();
  }

  async #warn(account: Account, now: Date): Promise<void> {
    const expiresAt = new Date(account.tokenExpiresAt as string);
    const expired = expiresAt.getTime() <= now.getTime();
    const regenerate = t('Regenerate');
    const replace = t('Replace Token');
    const message = expired
      ? t('The access token VS Code uses for {0} has expired ({1}).', accountTitle(account), formatDay(expiresAt))
      : t(
          'The access token VS Code uses for {0} {1} ({2}).',
          accountTitle(account),
          expiryText(expiresAt, now),
          formatDay(expiresAt),
        );
    const actions = account.tokenId !== undefined ? [regenerate, replace] : [replace];
    const answer = await this.#services.prompts.ui.showWarningMessage(message, {}, ...actions);
    if (answer === regenerate) await vscode.commands.executeCommand(Commands.regenerateAccountToken, account.id);
    if (answer === replace) await vscode.commands.executeCommand(Commands.replaceToken, account.id);
  }
}
