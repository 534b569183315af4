import { vscode } from '../ui/vscodeApi';
import { Commands } from '../ui/commandIds';
import type { AccountParts } from '../accounts/parts';
import type { CommandRegistry, TreeSlot } from '../ui/slots';
import { signInToManageTokens } from './signInToManage';
import { TokenChanges } from './tokenChanges';
import { editTokenCommand } from './accountTokenEdit';
import { TokenNode, TokensTree } from './tokensTree';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'clients' | 'globalState' | 'log' | 'prompts' | 'reporter' | 'tokenSessions'>;

/** What the Access Tokens view and its commands use. */
export interface TokensFeatureParts extends Parts {
  readonly commands: CommandRegistry;
  readonly view: TreeSlot<TokenNode>;
}

/** The Access Tokens view's provider and its commands' handlers. */
export function registerTokens(services: TokensFeatureParts): { tree: TokensTree; disposables: vscode.Disposable[] } {
  const tree = new TokensTree(services);
  services.view.attach(tree);
  const changes = new TokenChanges(services, tree);

  const command = <A extends unknown[]>(id: string, operation: string, handler: (...args: A) => Promise<unknown>) =>
    // Token management runs on a sign-in session, never on a token: a refusal there is no token's missing method.
    services.commands.register(id, services.reporter.reporting(operation, handler, { usedToken: false }));

  const disposables: vscode.Disposable[] = [
    tree,
    command(Commands.signInToManageTokens, t('Sign-in to manage tokens'), async (arg?: unknown) => {
      const account = typeof arg === 'string' ? services.accounts.get(arg) : undefined;
      await signInToManageTokens(services, { origin: account?.origin, login: account?.user });
    }),
    command(Commands.signOutOfTokenManagement, t('Sign-out of token management'), (node?: TokenNode) => signOut(services, node)),
    command(Commands.refreshTokens, t('Refreshing access tokens'), (node?: TokenNode) =>
      tree.refresh(node && services.tokenSessions.get(node.session.key) ? node.session : undefined),
    ),
    command(Commands.generateToken, t('Generating a token'), (node?: TokenNode) => changes.generate(node)),
    command(Commands.editToken, t('Editing the token'), (arg?: unknown) => editTokenCommand(services, tree, changes, arg)),
    command(Commands.regenerateToken, t('Regenerating the token'), (node?: TokenNode) => changes.regenerate(node)),
    command(Commands.copyToken, t('Copying the token'), (node?: TokenNode) => changes.copy(node)),
    command(Commands.removeTokens, t('Removing tokens'), (node?: TokenNode, selection?: TokenNode[]) =>
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

async function signOut(services: Parts, node?: TokenNode): Promise<void> {
  const sessions = services.tokenSessions.list();
  if (node && services.tokenSessions.get(node.session.key) === node.session) {
    await services.tokenSessions.signOut(node.session);
  } else if (sessions.length === 1) {
    await services.tokenSessions.signOut(sessions[0]);
  } else if (sessions.length > 1) {
    const all = { label: `$(sign-out) ${t('All Accounts')}`, session: undefined };
    const picked = await services.prompts.ui.showQuickPick(
      [all, ...sessions.map((session) => ({ label: `$(account) ${session.owner.email ?? session.owner.login}`, description: session.host, session }))],
      { title: t('Sign Out of Token Management'), placeHolder: t('Which sign-in should end?') },
    );
    if (!picked) return;
    await services.tokenSessions.signOut(picked.session);
  } else {
    return;
  }
  vscode.window.setStatusBarMessage(t('$(sign-out) Signed out of token management'), 5000);
}
