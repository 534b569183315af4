// Which sign-in and which tokens a command acts on: the tree node(s) it was run on, or a quick pick.

import type { AccessToken } from '../platform';
import type { AccountParts } from '../accounts/parts';
import { ManagementSession, SessionEndedError } from '../accounts/managementSessions';
import { signInToManageTokens } from './signInToManage';
import { scopeName } from './tokenRow';
import type { TokenNode, TokensTree } from './tokensTree';
import { expiryText } from '../accounts/timeText';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'clients' | 'globalState' | 'log' | 'prompts' | 'reporter' | 'tokenSessions'>;

export interface TokenTarget {
  readonly session: ManagementSession;
  readonly token: AccessToken;
}

/** The node's sign-in; else the only one, a pick of several, or a new sign-in when there is none. */
export async function targetSession(services: Parts, node?: TokenNode): Promise<ManagementSession | undefined> {
  if (node) return liveSession(services, node);
  const sessions = services.tokenSessions.list();
  if (sessions.length === 0) return signInToManageTokens(services);
  if (sessions.length === 1) return sessions[0];
  const picked = await services.prompts.ui.showQuickPick(
    sessions.map((session) => ({ label: `$(account) ${session.owner.email ?? session.owner.login}`, description: session.host, session })),
    { title: t('Access Tokens'), placeHolder: t('Which account?') },
  );
  return picked?.session;
}

/**
 * The node's token, else a pick among the sign-in's tokens. `changes`: the command changes the token, so system
 * tokens are refused (a node) or left out of the pick.
 */
export async function targetToken(
  services: Parts,
  tree: TokensTree,
  node: TokenNode | undefined,
  title: string,
  options: { changes?: boolean } = {},
): Promise<TokenTarget | undefined> {
  if (node?.kind === 'token') {
    const session = liveSession(services, node);
    if (options.changes && node.token.isSystem) return void refuseSystemTokens(services, [node.token]);
    return { session, token: node.token };
  }
  const session = await targetSession(services, node);
  if (!session) return undefined;
  const tokens = (await tree.tokens(session)).filter((token) => !options.changes || !token.isSystem);
  const picked = await services.prompts.ui.showQuickPick(tokenItems(tree, session, tokens), {
    title,
    placeHolder: t('Which token?'),
    matchOnDescription: true,
  });
  return picked && { session, token: picked.token };
}

/** The selected tokens when the command runs on one of them (multi-select), else a multi-pick. */
export async function targetTokens(
  services: Parts,
  tree: TokensTree,
  node: TokenNode | undefined,
  selection: readonly TokenNode[] | undefined,
  title: string,
): Promise<TokenTarget[]> {
  if (node?.kind === 'token') {
    liveSession(services, node);
    const nodes = selection && selection.includes(node) ? selection : [node];
    const picked = nodes.filter((n): n is TokenNode & { kind: 'token' } => n.kind === 'token');
    // System tokens are never removed by VS Code, even when selected with others.
    const system = picked.filter((n) => n.token.isSystem).map((n) => n.token);
    if (system.length > 0) refuseSystemTokens(services, system);
    return picked.filter((n) => !n.token.isSystem).map((n) => ({ session: n.session, token: n.token }));
  }
  const session = await targetSession(services, node);
  if (!session) return [];
  const tokens = (await tree.tokens(session)).filter((token) => !token.isSystem);
  const picked = await services.prompts.ui.showQuickPick(tokenItems(tree, session, tokens), {
    title,
    placeHolder: t('Check the tokens to remove'),
    canPickMany: true,
    matchOnDescription: true,
  });
  return (picked ?? []).map((item) => ({ session, token: item.token }));
}

/** Says why VS Code leaves system tokens alone (the platform's own; whether they may be changed is unknown [?]). */
function refuseSystemTokens(services: Pick<Parts, 'prompts'>, tokens: readonly AccessToken[]): void {
  const message =
    tokens.length === 1
      ? t('“{0}” is a system token, made by the platform: VS Code does not edit, regenerate or remove system tokens.', tokens[0].description)
      : t('{0} of the selected tokens are system tokens, made by the platform: VS Code leaves them as they are.', tokens.length);
  void services.prompts.ui.showInformationMessage(message, {});
}

/**
 * The sign-in of a node, which must still be live: a command run on a row that outlived its sign-in (idle expiry
 * while a menu was open) says so before asking anything.
 * @throws SessionEndedError
 */
function liveSession(services: Parts, node: TokenNode): ManagementSession {
  if (services.tokenSessions.get(node.session.key) !== node.session) throw new SessionEndedError(node.session.host);
  return node.session;
}

function tokenItems(tree: TokensTree, session: ManagementSession, tokens: readonly AccessToken[]) {
  const now = new Date();
  return tokens.map((token) => ({
    label: `$(${tree.accountUsing(session, token) ? 'pass-filled' : 'key'}) ${token.description || '(no description)'}`,
    description: `${scopeName(token)} · ${expiryText(token.expiresAt, now)}`,
    token,
  }));
}
