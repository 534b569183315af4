// What Generate IDE Plugins Token creates when it runs because the token lacked a method (8202): the IDE Plugins
// preset when the platform's preset has that method, else (the user agreeing) a Custom token with the preset's
// methods and the missing one. The preset's list is read from GetTokenTemplates, never assumed (platform-api.md [?]).

import { getTokenTemplates, permissionOf, TokenScope, TokenTemplate } from '../platform';
import type { AccountParts } from './parts';
import type { HeldSignIn } from './managementSessions';
import type { SignedIn } from './signInFlow';
import { withProgress } from '../ui/progress';
import { permissionInWords } from '../ui/permissionWords';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'log' | 'prompts'>;

/** The preset VS Code's token uses; its method list is the platform's business. */
export const IDE_PLUGINS_TEMPLATE = 'IDE Plugins';

/** What a Custom token needs when the platform has no IDE Plugins preset at all: the Environments view's methods. */
const ENVIRONMENT_BASICS = [permissionOf('GetEnvs'), permissionOf('GetEnvInfo')];

/**
 * The scope to create: the preset by name, or a Custom list. Undefined when the user declined the Custom token.
 * Without `permission` the preset is used as it is, without asking the platform first.
 */
export async function idePluginsScope(
  services: Parts,
  signedIn: SignedIn,
  held: HeldSignIn,
  permission: string | undefined,
): Promise<TokenScope | undefined> {
  if (!permission) return { template: IDE_PLUGINS_TEMPLATE };
  const templates = await held.run(() =>
    withProgress(t('Loading token presets from {0}…', signedIn.client.host), () => getTokenTemplates(signedIn.client, signedIn.session)),
  );
  const preset = findPreset(templates);
  if (preset && includes(preset.methods, permission)) return { template: preset.name };
  services.log.info(`The IDE Plugins preset on ${signedIn.client.host} ${preset ? 'lacks' : 'does not exist; needed'} ${permission}`);
  const custom = t('Generate Custom Token');
  const answer = await services.prompts.ui.showWarningMessage(
    preset
      ? t('The IDE Plugins preset of {0} does not include {1}: an IDE Plugins token would be refused too.', signedIn.client.host, permissionInWords(permission))
      : t('{0} has no IDE Plugins preset.', signedIn.client.host),
    {
      modal: true,
      detail: preset
        ? t('A Custom token can have the preset’s {0} methods and {1}.', preset.methods.length, permission)
        : t('A Custom token can have the methods VS Code needs to list environments, and {0}.', permission),
    },
    custom,
  );
  if (answer !== custom) return undefined;
  const methods = preset ? [...preset.methods] : [...ENVIRONMENT_BASICS];
  return { apiList: includes(methods, permission) ? methods : [...methods, permission] };
}

function findPreset(templates: readonly TokenTemplate[]): TokenTemplate | undefined {
  return templates.find((template) => template.name.trim().toLowerCase() === IDE_PLUGINS_TEMPLATE.toLowerCase());
}

function includes(methods: readonly string[], permission: string): boolean {
  return methods.some((method) => method.toLowerCase() === permission.toLowerCase());
}
