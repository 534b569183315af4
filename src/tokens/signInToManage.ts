import { vscode } from '../ui/vscodeApi';
import { askPlatform, recentPlatforms } from '../accounts/platformPrompt';
import { forgetCredentials, signInInteractively } from '../accounts/signInFlow';
import { Views } from '../ui/commandIds';
import type { AccountParts } from '../accounts/parts';
import { Steps } from '../ui/steps';
import type { ManagementSession } from '../accounts/managementSessions';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'clients' | 'globalState' | 'log' | 'prompts' | 'reporter' | 'tokenSessions'>;

/**
 * "Sign In to Manage Tokens…": platform, login, password (+ code). The session is kept in memory for the Access
 * Tokens view; the password is dropped at once (each change asks for it again).
 */
export async function signInToManageTokens(
  services: Parts,
  options: { origin?: string; login?: string } = {},
): Promise<ManagementSession | undefined> {
  const steps = new Steps(t('Sign In to Manage Tokens'), options.origin ? 2 : 3);
  const origin = options.origin ?? (await askPlatform(services, steps));
  if (!origin) return undefined;
  const signedIn = await signInInteractively(services, steps, { origin, login: options.login });
  if (!signedIn) return undefined;
  const session = services.tokenSessions.add(signedIn.client, signedIn.session, {
    login: signedIn.login,
    uid: signedIn.user.uid,
    email: signedIn.user.email,
    name: signedIn.user.name,
  });
  // The password and code are not kept: each change asks for the password again. The session is kept (and masked)
  // until it ends.
  forgetCredentials(services, signedIn);
  await recentPlatforms(services).remember(origin);
  void vscode.commands.executeCommand(`${Views.accessTokens}.focus`);
  return session;
}
