// "Edit Token" offered by a failure (8202: the token lacks a method): edits the token an account uses, found by the
// token id VS Code stored for it, with the missing method offered first. Without that id it is the Access Tokens
// view's own Edit Token: a sign-in, then a pick of the tokens.

import { vscode } from '../ui/vscodeApi';
import { parsePlatformOrigin } from '../platform';
import { Views } from '../ui/commandIds';
import type { Account } from '../accounts/account';
import { accountFromArgument } from '../accounts/accountPicker';
import { isSameUser } from '../accounts/accountMatching';
import type { AccountParts } from '../accounts/parts';
import type { ManagementSession } from '../accounts/managementSessions';
import { signInToManageTokens } from './signInToManage';
import type { TokenChanges } from './tokenChanges';
import type { TokenNode, TokensTree } from './tokensTree';

type Parts = Pick<AccountParts, 'accounts' | 'clients' | 'globalState' | 'log' | 'prompts' | 'reporter' | 'tokenSessions'>;

/** What `vap.tokens.edit` is given: a row of the view, an account (id or `{accountId, permission}`), or nothing. */
export async function editTokenCommand(services: Parts, tree: TokensTree, changes: TokenChanges, arg?: unknown): Promise<void> {
  if (isTokenNode(arg) || arg === undefined) return changes.edit(arg);
  const permission = (arg as { permission?: unknown } | null)?.permission;
  const add = typeof permission === 'string' ? [permission] : [];
  const account = accountFromArgument(services, arg);
  const origin = (arg as { origin?: unknown } | null)?.origin;
  if (!account && typeof origin === 'string') {
    const node = await sessionNode(services, parsePlatformOrigin(origin));
    return node && changes.edit(node, { add });
  }
  if (!account) return changes.edit(undefined, { add });
  const session = await sessionFor(services, account);
  if (!session) return;
  void vscode.commands.executeCommand(`${Views.accessTokens}.focus`);
  const token = account.tokenId === undefined ? undefined : (await tree.tokens(session)).find((item) => item.id === account.tokenId);
  // Not known, or not among this sign-in's tokens (another user's): the user picks it.
  return changes.edit(token ? { kind: 'token', session, token } : { kind: 'session', session }, { add });
}

function isTokenNode(arg: unknown): arg is TokenNode {
  const kind = (arg as { kind?: unknown } | null)?.kind;
  return typeof arg === 'object' && arg !== null && (kind === 'session' || kind === 'token' || kind === 'message');
}

/** A token of no account yet (Add Access Token refused it): the platform's sign-in, then a pick of its tokens. */
async function sessionNode(services: Parts, origin: string): Promise<TokenNode | undefined> {
  const session = services.tokenSessions.forOrigin(origin)[0] ?? (await signInToManageTokens(services, { origin }));
  return session && { kind: 'session', session };
}

/** A live sign-in of the account's user on its platform, else a new sign-in there (asking for its password). */
async function sessionFor(services: Parts, account: Account): Promise<ManagementSession | undefined> {
  const sessions = services.tokenSessions.forOrigin(account.origin);
  const own = sessions.find((session) => isSameUser(account, session.owner)) ?? (sessions.length === 1 ? sessions[0] : undefined);
  return own ?? (await signInToManageTokens(services, { origin: account.origin, login: account.user }));
}
