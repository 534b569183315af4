import { vscode } from '../ui/vscodeApi';
import { Commands } from '../ui/commandIds';
import { editOf, editToken, getTokens, NewAccessToken, originHost, PlatformClient, regenerateToken } from '../platform';
import type { AccountParts } from './parts';
import { expiryFor } from './expiryDates';
import { askExpiry } from './expiryPrompt';
import { withPassword } from './passwordConfirm';
import { copyToClipboard } from '../ui/newValue';
import { withProgress } from '../ui/progress';
import { Steps } from '../ui/steps';
import { Account, accountTitle } from './account';
import { isSameUser } from './accountMatching';
import { endSignIn } from './generateIdePluginsToken';
import { signInInteractively } from './signInFlow';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'clients' | 'globalState' | 'health' | 'log' | 'prompts' | 'reporter' | 'tokenSessions'>;

type Call = <T>(run: (client: PlatformClient, session: string) => Promise<T>) => Promise<T>;

/**
 * Regenerates the token VS Code uses for an account (from the expiry warning): a new expiry date, a new value, and
 * the stored copy replaced in the same step. Uses a token-management sign-in of that user when there is one, else
 * asks for login and password (the sign-in ends right after).
 */
export async function regenerateAccountToken(services: Parts, account: Account): Promise<boolean> {
  const ui = services.prompts.ui;
  const host = originHost(account.origin);
  if (account.tokenId === undefined) {
    const replace = t('Replace Token');
    const answer = await ui.showWarningMessage(
      t(
        'VS Code cannot regenerate the token of {0}: it was pasted, so VS Code does not know which of your tokens it is. Replace it instead?',
        accountTitle(account),
      ),
      {},
      replace,
    );
    if (answer === replace) await vscode.commands.executeCommand(Commands.replaceToken, account.id);
    return false;
  }
  const tokenId = account.tokenId;
  const title = t('Regenerate the Token of {0}', accountTitle(account));
  const session = services.tokenSessions
    .forOrigin(account.origin)
    .find((candidate) => isSameUser(account, { ...candidate.owner }));
  const steps = new Steps(title, session ? 2 : 3);

  let fresh: NewAccessToken | undefined;
  if (session) {
    const expiry = await askExpiry(ui, steps, { current: currentExpiry(account) });
    if (!expiry) return false;
    const call: Call = (run) => services.tokenSessions.run(session, run);
    const result = await withPassword(services, session, steps.next(), (password) => renew(call, host, tokenId, password, expiry));
    fresh = result?.value;
  } else {
    const signedIn = await signInInteractively(services, steps, { origin: account.origin, login: account.user });
    if (!signedIn) return false;
    const held = services.tokenSessions.hold(host);
    try {
      const expiry = await askExpiry(ui, steps, { current: currentExpiry(account) });
      if (!expiry) return false;
      // The sign-in waited for the expiry answer: the token-management idle limit applies to it as well.
      const call: Call = (run) => held.run(() => run(signedIn.client, signedIn.session));
      fresh = await renew(call, host, tokenId, signedIn.password, expiry);
    } finally {
      await endSignIn(services, signedIn);
    }
  }
  if (!fresh) return false;
  services.log.redactor.track(fresh.key);
  await services.accounts.replaceToken(account.id, fresh.key, {
    tokenId: fresh.id,
    tokenDescription: fresh.description,
    tokenExpiresAt: fresh.expiresAt?.toISOString(),
  });
  services.health.recordSuccess(account.id);
  services.log.info(`Regenerated token ${fresh.id} on ${host} for account ${account.id}`);
  const copy = t('Copy');
  const answer = await ui.showInformationMessage(
    t('Regenerated the token of {0}; VS Code uses the new value. It is shown only now: copy it if you need it elsewhere.', accountTitle(account)),
    {},
    copy,
  );
  if (answer === copy) await copyToClipboard(services, fresh.key);
  return true;
}

/** A new expiry first (regenerating keeps the old one), then a new value. */
async function renew(
  call: Call,
  host: string,
  tokenId: number,
  password: string,
  expiry: Awaited<ReturnType<typeof askExpiry>> & object,
): Promise<NewAccessToken> {
  return withProgress(t('Regenerating the token on {0}…', host), async () => {
    const expiresAt = expiryFor(expiry, new Date());
    if (expiresAt !== undefined) {
      // EditToken carries the whole state (a partial edit can drop the preset): read it first.
      await call(async (client, session) => {
        // A token missing from the list is left to RegenerateToken, whose refusal names it in the platform's words.
        const [token] = await getTokens(client, session, [tokenId]);
        if (token) await editToken(client, session, editOf(token, password, { expiresAt }));
      });
    }
    return call((client, session) => regenerateToken(client, session, tokenId, password));
  });
}

function currentExpiry(account: Account): Date | null {
  return account.tokenExpiresAt ? new Date(account.tokenExpiresAt) : null;
}

