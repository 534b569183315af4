// The status bar item (left) for the workspace's environment: its state icon and name; click → the actions valid now.
// Hidden when there is no account; a warning background only when the account's token is invalid or expired.

import { vscode } from '../../ui/vscodeApi';
import { accountTitle } from '../../accounts/account';
import { Commands } from '../../ui/commandIds';
import { EnvironmentStore } from '../model/environmentStore';
import { t } from '../../util/l10n';
import { envLabel } from '../model/envState';
import { envAccessibilityLabel, envIcon, stateLabel } from './labels';
import { envTooltip, escapeMarkdown } from './tooltips';
import { busyText } from './wording';
import { Redact, redactStatusBarItem } from '../../ui/redactedItems';
import { markdown } from './treeItems';
import { WorkspaceBinding } from '../model/workspaceBinding';

export interface TokenValidity {
  /** The account's token is known to be invalid (refused) or expired. */
  invalid(accountId: string): boolean;
}

export const STATUS_BAR_ID = 'vap.workspaceEnvironment';

export class WorkspaceEnvironmentStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  #shown = false;

  readonly #store: EnvironmentStore;
  readonly #binding: WorkspaceBinding;
  readonly #tokens: TokenValidity;
  readonly #redact: Redact;
  /** @param redact the redaction boundary the item's text and tooltip pass through before they are shown */
  constructor(
    store: EnvironmentStore,
    binding: WorkspaceBinding,
    tokens: TokenValidity,
    redact: Redact = (text) => text,
  ) {
    this.#store = store;
    this.#binding = binding;
    this.#tokens = tokens;
    this.#redact = redact;
    this.item = vscode.window.createStatusBarItem(STATUS_BAR_ID, vscode.StatusBarAlignment.Left, 10);
    this.item.name = t('VAP Workspace Environment');
    this.update();
  }

  update(): void {
    this.#fill();
    redactStatusBarItem(this.item, this.#redact);
  }

  #fill(): void {
    const item = this.item;
    const accounts = this.#store.accounts();
    if (accounts.length === 0) {
      item.hide();
      this.#shown = false;
      return;
    }
    this.#shown = true;
    const binding = this.#binding.current();
    item.backgroundColor = undefined;
    if (!binding) {
      item.text = '$(vm-outline) VAP';
      item.tooltip = t('Virtuozzo Application Platform: select the environment of this workspace');
      item.accessibilityInformation = { label: t('Select the Virtuozzo Application Platform environment of this workspace') };
      item.command = { command: Commands.selectWorkspaceEnvironment, title: t('Select Workspace Environment') };
      item.show();
      return;
    }
    const account = this.#store.account(binding.accountId);
    const view = this.#store.view(binding.accountId);
    // The state comes with the account's one GetEnvs, which the view shares.
    if (view.status === 'notLoaded') void this.#store.ensureLoaded(binding.accountId);
    const env = this.#store.environment(binding);
    item.command = { command: Commands.workspaceEnvironmentActions, title: t('Workspace Environment Actions') };
    const invalid = this.#tokens.invalid(binding.accountId);
    const tokenLine = invalid ? `\n\n$(warning) ${t('The access token of this account is invalid or expired.')}` : '';
    // The account's name and e-mail are the user's and the platform's words: escaped, so they cannot add links or images.
    const accountLine = account ? `\n\n${t('Account: {0}', escapeMarkdown(accountTitle(account)))}` : '';
    if (invalid) item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    if (!env) {
      const loading = view.status === 'notLoaded' || view.status === 'loading';
      const failed = view.status === 'failed';
      item.text = `$(${loading ? 'loading~spin' : failed ? 'warning' : 'circle-slash'}) ${binding.envName}`;
      const why = loading
        ? t('Loading {0}…', binding.envName)
        : failed
          ? t('Could not read the state of {0}.', binding.envName)
          : t('{0} does not exist on this account.', binding.envName);
      item.tooltip = markdown(escapeMarkdown(why) + accountLine + tokenLine);
      item.accessibilityInformation = { label: why };
      item.show();
      return;
    }
    const busy = this.#store.busy(binding);
    item.text = `$(${envIcon(env, busy).id}) ${envLabel(env)}`;
    const hint = `\n\n${t('Click for actions')}`;
    item.tooltip = markdown(envTooltip(env, { busy, account: account && accountTitle(account), locale: vscode.env.language }) + tokenLine + hint);
    item.accessibilityInformation = {
      label: `${envAccessibilityLabel(env, busy)}${invalid ? `, ${t('access token invalid')}` : ''}`,
    };
    item.show();
  }

  /** Whether the item is in the status bar (StatusBarItem itself does not say). */
  get visible(): boolean {
    return this.#shown;
  }

  /** The state words the item stands for (for tests and screen readers). */
  describe(): string | undefined {
    const binding = this.#binding.current();
    const env = binding && this.#store.environment(binding);
    if (!binding || !env) return undefined;
    const busy = this.#store.busy(binding);
    return busy ? busyText(busy.action) : stateLabel(env.status);
  }

  dispose(): void {
    this.item.dispose();
  }
}
