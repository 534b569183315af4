// What the user reads when a command needed a sign-in that has ended (signed out, ended by the platform, or idle
// past the limit): a sentence and the way back in, never the "unexpected error" every other failure would get.

import { vscode } from '../vscodeApi';
import { Commands } from '../commands';
import type { Services } from '../services';
import type { SessionEndedError } from './managementSessions';
import { t } from '../l10n';

/** @param rerun offered for a flow with a sign-in of its own (it signs in again); else "Sign In" to manage tokens */
export async function reportSessionEnded(services: Services, operation: string, error: SessionEndedError, rerun?: () => Promise<unknown>): Promise<void> {
  services.log.info(`${operation} stopped: ${error.message}`);
  const again = rerun ? t('Try Again') : t('Sign In');
  const message =
    error.reason === 'idle'
      ? t('{0} failed: the sign-in on {1} was idle for more than 15 minutes and has ended. Sign in again.', operation, error.host)
      : t('{0} failed: the sign-in to manage tokens on {1} has ended. Sign in again.', operation, error.host);
  const answer = await services.prompts.ui.showErrorMessage(message, {}, again);
  if (answer !== again) return;
  if (rerun) await rerun();
  else await vscode.commands.executeCommand(Commands.signInToManageTokens);
}
