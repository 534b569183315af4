import { vscode } from '../vscodeApi';
import { Commands } from '../commands';
import { parsePlatformOrigin } from '../platform';
import type { Services } from '../services';
import { removeAccounts, renameAccount } from './accountCommands';
import { accountFromArgument, pickAccount } from './accountPicker';
import { addAccessToken } from './addAccessToken';
import { generateIdePluginsToken } from './generateIdePluginsToken';
import { regenerateAccountToken } from './regenerateAccountToken';
import { replaceToken } from './replaceToken';
import { SessionEndedError } from '../tokens/managementSessions';
import { reportSessionEnded } from '../tokens/sessionEnded';
import { t } from '../l10n';

/** The account commands' handlers. */
export function registerAccounts(services: Services): vscode.Disposable[] {
  const command = (id: string, operation: string, handler: (arg?: unknown) => Promise<unknown>) =>
    services.commands.register(
      id,
      services.reporter.reporting(operation, async (arg?: unknown) => {
        try {
          return await handler(arg);
        } catch (error) {
          // A sign-in left idle past the limit while the flow waited for an answer: say so, offer to run it again.
          if (!(error instanceof SessionEndedError)) throw error;
          await reportSessionEnded(services, operation, error, () => Promise.resolve(vscode.commands.executeCommand(id, arg)));
        }
      }),
    );
  // An address from a link or another extension is read like a typed one: normalised, user info and other schemes
  // refused (OriginError, reported without repeating it), path, query and fragment dropped.
  const originOf = (arg: unknown) => {
    const origin = (arg as { origin?: unknown } | undefined)?.origin;
    return typeof origin === 'string' ? parsePlatformOrigin(origin) : accountFromArgument(services, arg)?.origin;
  };
  return [
    command(Commands.addAccessToken, t('Adding the access token'), (arg) =>
      addAccessToken(services, { origin: originOf(arg) }),
    ),
    command(Commands.generateIdePluginsToken, t('Generating an IDE Plugins token'), (arg) => {
      // Run for an account (its token lacks a method, say): the new token becomes that account's token.
      const account = accountFromArgument(services, arg);
      return generateIdePluginsToken(services, account ? { origin: account.origin, target: account } : { origin: originOf(arg) });
    }),
    command(Commands.replaceToken, t('Replacing the token'), async (arg) => {
      const account = await pickAccount(services, arg, t('Replace Token'));
      if (account) await replaceToken(services, account);
    }),
    command(Commands.regenerateAccountToken, t('Regenerating the token'), async (arg) => {
      const account = await pickAccount(services, arg, t('Regenerate Account Token'));
      if (account) await regenerateAccountToken(services, account);
    }),
    command(Commands.renameAccount, t('Renaming the account'), (arg) => renameAccount(services, arg)),
    command(Commands.removeAccount, t('Removing the account'), (arg) => removeAccounts(services, arg)),
  ];
}
