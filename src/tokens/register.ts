import * as vscode from 'vscode';
import { Commands, Views } from '../commands';
import type { Services } from '../services';
import { isCancellation } from '../ui/progress';
import { SessionEndedError } from './managementSessions';
import { signInToManageTokens } from './signInToManage';
import { TokenChanges } from './tokenChanges';
import { TokenNode, TokensTree } from './tokensTree';

/** The Access Tokens view and its commands. */
export function registerTokens(services: Services): { tree: TokensTree; disposables: vscode.Disposable[] } {
  const tree = new TokensTree(services);
  const view = vscode.window.createTreeView(Views.accessTokens, { treeDataProvider: tree, canSelectMany: true });
  const changes = new TokenChanges(services, tree);

  const command = <A extends unknown[]>(id: string, operation: string, handler: (...args: A) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (...args: A) => {
      try {
        await handler(...args);
      } catch (error) {
        if (isCancellation(error) || tree.wasReported(error)) return;
        if (error instanceof SessionEndedError) {
          const signIn = vscode.l10n.t('Sign In');
          const answer = await services.prompts.ui.showErrorMessage(
            vscode.l10n.t('{0} failed: the sign-in to manage tokens on {1} has ended. Sign in again.', operation, error.host),
            {},
            signIn,
          );
          if (answer === signIn) await vscode.commands.executeCommand(Commands.signInToManageTokens);
          return;
        }
        await services.reporter.report(error, { operation });
      }
    });

  const disposables: vscode.Disposable[] = [
    tree,
    view,
    command(Commands.signInToManageTokens, vscode.l10n.t('Sign-in to manage tokens'), async (arg?: unknown) => {
      const account = typeof arg === 'string' ? services.accounts.get(arg) : undefined;
      await signInToManageTokens(services, { origin: account?.origin, login: account?.user });
    }),
    command(Commands.signOutOfTokenManagement, vscode.l10n.t('Sign-out of token management'), (node?: TokenNode) => signOut(services, node)),
    command(Commands.refreshTokens, vscode.l10n.t('Refreshing access tokens'), (node?: TokenNode) =>
      tree.refresh(node && services.tokenSessions.get(node.session.key) ? node.session : undefined),
    ),
    command(Commands.generateToken, vscode.l10n.t('Generating a token'), (node?: TokenNode) => changes.generate(node)),
    command(Commands.editToken, vscode.l10n.t('Editing the token'), (node?: TokenNode) => changes.edit(node)),
    command(Commands.regenerateToken, vscode.l10n.t('Regenerating the token'), (node?: TokenNode) => changes.regenerate(node)),
    command(Commands.copyToken, vscode.l10n.t('Copying the token'), (node?: TokenNode) => changes.copy(node)),
    command(Commands.removeTokens, vscode.l10n.t('Removing tokens'), (node?: TokenNode, selection?: TokenNode[]) =>
      changes.remove(node, selection),
    ),
    // A token made or replaced elsewhere in VS Code (Generate IDE Plugins Token) belongs in the lists shown.
    services.accounts.onDidChange((change) => {
      const account = services.accounts.get(change.accountId);
      if (account?.tokenId !== undefined && (change.kind === 'added' || change.kind === 'token')) {
        void tree.refreshIfMissing(account.origin, account.tokenId);
      }
    }),
  ];
  return { tree, disposables };
}

async function signOut(services: Services, node?: TokenNode): Promise<void> {
  const sessions = services.tokenSessions.list();
  if (node && services.tokenSessions.get(node.session.key) === node.session) {
    await services.tokenSessions.signOut(node.session);
  } else if (sessions.length === 1) {
    await services.tokenSessions.signOut(sessions[0]);
  } else if (sessions.length > 1) {
    const all = { label: `$(sign-out) ${vscode.l10n.t('All Accounts')}`, session: undefined };
    const picked = await services.prompts.ui.showQuickPick(
      [all, ...sessions.map((session) => ({ label: `$(account) ${session.owner.email ?? session.owner.login}`, description: session.host, session }))],
      { title: vscode.l10n.t('Sign Out of Token Management'), placeHolder: vscode.l10n.t('Which sign-in should end?') },
    );
    if (!picked) return;
    await services.tokenSessions.signOut(picked.session);
  } else {
    return;
  }
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(sign-out) Signed out of token management'), 5000);
}
