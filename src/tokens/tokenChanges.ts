// Generate, Copy as New, Edit, Regenerate and Remove: the dashboard's token toolbar, each change confirmed with the
// account password, each new value shown once.

import { accountTitle } from '../accounts/account';
import {
  AccessToken,
  createToken,
  deleteTokens,
  editOf,
  editToken,
  NewAccessToken,
  regenerateToken,
  TokenScope,
} from '../platform';
import type { AccountParts } from '../accounts/parts';
import { showNewValue, tokenFileName } from '../ui/newValue';
import { withProgress } from '../ui/progress';
import { Steps } from '../ui/steps';
import { expiryFor } from '../accounts/expiryDates';
import { askExpiry } from '../accounts/expiryPrompt';
import type { ManagementSession } from '../accounts/managementSessions';
import { withPassword } from '../accounts/passwordConfirm';
import { askScope, ScopeChoice } from './scopePrompt';
import { targetSession, targetToken, targetTokens } from './targets';
import type { TokenNode, TokensTree } from './tokensTree';
import { useInVsCode } from './useInVsCode';
import { checkText } from '../ui/inputChecks';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'clients' | 'globalState' | 'log' | 'prompts' | 'reporter' | 'tokenSessions'>;

/** The platform's limit; checked before asking anything, so nobody fills in a form for nothing. */
export const MAX_TOKENS = 100;

export class TokenChanges {
  readonly #services: Parts;
  readonly #tree: TokensTree;
  constructor(
    services: Parts,
    tree: TokensTree,
  ) {
    this.#services = services;
    this.#tree = tree;
  }

  /** "Generate Token…": description, expiry, API (preset or Custom), password. */
  async generate(node?: TokenNode): Promise<void> {
    const session = await targetSession(this.#services, node);
    if (!session) return;
    await this.#create(session, t('Generate Access Token'));
  }

  /** "Copy as New Token…": a new token starting from this one's description, API and methods. */
  async copy(node?: TokenNode): Promise<void> {
    const target = await targetToken(this.#services, this.#tree, node, t('Copy as New Token'));
    if (!target) return;
    await this.#create(target.session, t('Copy “{0}” as New Token', target.token.description), target.token);
  }

  /** "Edit Token…": description, expiry and API, each prefilled with what the token has now; `add`: methods to offer. */
  async edit(node?: TokenNode, options: { add?: readonly string[] } = {}): Promise<void> {
    const target = await targetToken(this.#services, this.#tree, node, t('Edit Token'), { changes: true });
    if (!target) return;
    const { session, token } = target;
    const ui = this.#services.prompts.ui;
    const steps = new Steps(t('Edit “{0}”', token.description), 4);
    const description = await this.#askDescription(steps, token.description);
    if (description === undefined) return;
    const expiry = await askExpiry(ui, steps, { current: token.expiresAt ?? null });
    if (!expiry) return;
    const scope = await askScope(this.#services, steps, session, { current: token, keep: true, add: options.add });
    if (!scope) return;
    const changes = {
      ...(description !== token.description ? { description } : {}),
      ...(expiry.kind !== 'keep' ? { expiresAt: expiryFor(expiry, new Date()) ?? null } : {}),
      ...changedScope(scope, token),
    };
    if (Object.keys(changes).length === 0) {
      void ui.showInformationMessage(t('Nothing was changed.'), {});
      return;
    }
    // The whole state travels, changed or not: a partial EditToken can turn a preset token into Custom.
    const edited = await withPassword(this.#services, session, steps.next(), (password) =>
      withProgress(t('Saving “{0}”…', description), () =>
        this.#services.tokenSessions.run(session, (client, value) => editToken(client, value, editOf(token, password, changes))),
      ),
    );
    if (!edited) return;
    const account = this.#tree.accountUsing(session, token);
    if (account) {
      await this.#services.accounts.update(account.id, {
        tokenDescription: edited.value.description,
        tokenExpiresAt: edited.value.expiresAt?.toISOString(),
      });
    }
    await this.#tree.refresh(session);
    void ui.showInformationMessage(t('Saved “{0}”.', edited.value.description), {});
  }

  /** "Regenerate Token…": a new value, the old one dies. The copy VS Code stores is updated in the same step. */
  async regenerate(node?: TokenNode): Promise<void> {
    const target = await targetToken(this.#services, this.#tree, node, t('Regenerate Token'), { changes: true });
    if (!target) return;
    const { session, token } = target;
    const ui = this.#services.prompts.ui;
    const account = this.#tree.accountUsing(session, token);
    const regenerate = t('Regenerate');
    const confirmed = await ui.showWarningMessage(
      t('Regenerate “{0}”?', token.description),
      {
        modal: true,
        detail:
          t('A new value replaces the current one, which stops working at once: update every script or tool that uses it.') +
          (account
            ? ' ' + t('VS Code uses this token for {0}; its stored copy is updated in the same step.', accountTitle(account))
            : ''),
      },
      regenerate,
    );
    if (confirmed !== regenerate) return;
    const result = await withPassword(this.#services, session, t('Regenerate “{0}”', token.description), (password) =>
      withProgress(t('Regenerating “{0}”…', token.description), () =>
        this.#services.tokenSessions.run(session, (client, value) => regenerateToken(client, value, token.id, password)),
      ),
    );
    if (!result) return;
    const fresh = result.value;
    this.#services.log.redactor.track(fresh.key);
    if (account) {
      await this.#services.accounts.replaceToken(account.id, fresh.key, {
        tokenId: fresh.id,
        tokenDescription: fresh.description,
        tokenExpiresAt: fresh.expiresAt?.toISOString(),
      });
      this.#services.log.info(`Regenerated token ${fresh.id} on ${session.host}; updated account ${account.id}`);
    }
    await this.#tree.refresh(session);
    await showNewValue(this.#services, {
      headline: t('Regenerated “{0}” on {1}.', fresh.description, session.host),
      value: fresh.key,
      fileName: tokenFileName(fresh.description),
      note: account ? t('VS Code’s stored copy for {0} was updated.', accountTitle(account)) : undefined,
      useInVsCode: account ? undefined : () => useInVsCode(this.#services, session, fresh),
    });
  }

  /** "Remove Token…": the selected tokens (multi-select), after a confirmation and the password. */
  async remove(node?: TokenNode, selection?: readonly TokenNode[]): Promise<void> {
    const targets = await targetTokens(this.#services, this.#tree, node, selection, t('Remove Tokens'));
    const bySession = new Map<ManagementSession, AccessToken[]>();
    for (const { session, token } of targets) bySession.set(session, [...(bySession.get(session) ?? []), token]);
    for (const [session, tokens] of bySession) await this.#removeFrom(session, tokens);
  }

  async #removeFrom(session: ManagementSession, tokens: readonly AccessToken[]): Promise<void> {
    const ui = this.#services.prompts.ui;
    const used = tokens
      .map((token) => ({ token, account: this.#tree.accountUsing(session, token) }))
      .filter((entry) => entry.account !== undefined);
    const names = tokens.map((token) => `“${token.description}”`);
    const remove = t('Remove');
    const question =
      tokens.length === 1
        ? t('Remove the access token {0} on {1}?', names[0], session.host)
        : t('Remove {0} access tokens on {1}?', tokens.length, session.host);
    const detail = [
      tokens.length > 1 ? names.slice(0, 10).join(', ') + (names.length > 10 ? ', …' : '') : '',
      t('Scripts and tools using them stop working. This cannot be undone.'),
      ...used.map(({ token, account }) =>
        t('VS Code uses “{0}” for {1}: that account is removed from VS Code too.', token.description, accountTitle(account!)),
      ),
    ]
      .filter(Boolean)
      .join('\n');
    const confirmed = await ui.showWarningMessage(question, { modal: true, detail }, remove);
    if (confirmed !== remove) return;
    const title = tokens.length === 1 ? t('Remove {0}', names[0]) : t('Remove {0} Tokens', tokens.length);
    const done = await withPassword(this.#services, session, title, (password) =>
      withProgress(t('Removing…'), () =>
        this.#services.tokenSessions.run(session, (client, value) =>
          deleteTokens(
            client,
            value,
            tokens.map((token) => token.id),
            password,
          ),
        ),
      ),
    );
    if (!done) return;
    for (const { account } of used) {
      await this.#services.accounts.remove(account!.id);
      this.#services.log.info(`Removed account ${account!.id}: its token was removed on ${session.host}`);
    }
    await this.#tree.refresh(session);
    void ui.showInformationMessage(
      tokens.length === 1 ? t('Removed {0}.', names[0]) : t('Removed {0} access tokens.', tokens.length),
      {},
    );
  }

  async #create(session: ManagementSession, title: string, from?: AccessToken): Promise<void> {
    const ui = this.#services.prompts.ui;
    const existing = await this.#tree.tokens(session);
    if (existing.length >= MAX_TOKENS) {
      void ui.showErrorMessage(
        t(
          '{0} already has {1} access tokens, the most an account can have. Remove some first.',
          session.owner.email ?? session.owner.login,
          MAX_TOKENS,
        ),
        {},
      );
      return;
    }
    const steps = new Steps(title, 4);
    const description = await this.#askDescription(steps, from ? t('{0} (copy)', from.description) : '');
    if (description === undefined) return;
    const expiry = await askExpiry(ui, steps);
    if (!expiry) return;
    const scope = await askScope(
      this.#services,
      steps,
      session,
      from ? { current: from, keep: true, keepLabel: t('Same API as “{0}”', from.description) } : {},
    );
    if (!scope) return;
    const tokenScope = toTokenScope(scope, from);
    const created = await withPassword(this.#services, session, steps.next(), (password) =>
      withProgress(t('Generating “{0}”…', description), () =>
        this.#services.tokenSessions.run(session, (client, value) =>
          createToken(client, value, { description, expiresAt: expiryFor(expiry, new Date()), password, ...tokenScope }),
        ),
      ),
    );
    if (!created) return;
    const token: NewAccessToken = created.value;
    this.#services.log.redactor.track(token.key);
    this.#services.log.info(`Created token ${token.id} on ${session.host}`);
    await this.#tree.refresh(session);
    await showNewValue(this.#services, {
      headline: t('Created “{0}” on {1}.', token.description, session.host),
      value: token.key,
      fileName: tokenFileName(token.description),
      useInVsCode: () => useInVsCode(this.#services, session, token),
    });
  }

  async #askDescription(steps: Steps, value: string): Promise<string | undefined> {
    const typed = await this.#services.prompts.ui.showInputBox({
      title: steps.next(),
      prompt: t('Description: what the token is for, to recognise it later'),
      placeHolder: t('e.g. CI deploy of shop-prod'),
      value,
      ignoreFocusOut: true,
      validateInput: checkText('description'),
    });
    return typed?.trim() || undefined;
  }
}

/** The scope to create with; "keep" (Copy) means the source token's preset, or its exact methods. */
function toTokenScope(choice: ScopeChoice, from?: AccessToken): TokenScope {
  if (choice.kind === 'template') return { template: choice.name };
  if (choice.kind === 'custom') return { apiList: choice.methods };
  if (from?.template) return { template: from.template.name };
  return { apiList: from?.methods ?? [] };
}

/** The new scope, when the choice changes it. */
function changedScope(choice: ScopeChoice, token: AccessToken): { scope?: TokenScope } {
  if (choice.kind === 'keep') return {};
  if (choice.kind === 'template') return choice.name === token.template?.name ? {} : { scope: { template: choice.name } };
  const same =
    !token.template &&
    choice.methods.length === token.methods.length &&
    choice.methods.every((method) => token.methods.includes(method));
  return same ? {} : { scope: { apiList: choice.methods } };
}
