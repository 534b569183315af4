import { vscode } from '../ui/vscodeApi';
import { AccessToken, ApiPermission, getTokenApiList, getTokenTemplates, TokenTemplate } from '../platform';
import type { AccountParts } from '../accounts/parts';
import type { Steps } from '../ui/steps';
import { withProgress } from '../ui/progress';
import { openExternal } from '../ui/userInterface';
import { splitMethod } from './apiDocs';
import type { ManagementSession } from '../accounts/managementSessions';
import { itemsFor, MethodItem, methodItems } from './methodItems';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'prompts' | 'tokenSessions'>;

/** Which API methods a token may call: a preset, an explicit list, or (when editing) unchanged. */
export type ScopeChoice =
  | { readonly kind: 'template'; readonly name: string }
  | { readonly kind: 'custom'; readonly methods: readonly string[] }
  | { readonly kind: 'keep' };

interface ScopeItem extends vscode.QuickPickItem {
  readonly choice?: ScopeChoice;
  readonly template?: TokenTemplate;
}

const templatesBySession = new WeakMap<ManagementSession, Promise<TokenTemplate[]>>();
const apiListBySession = new WeakMap<ManagementSession, Promise<ApiPermission[]>>();

/**
 * The presets (Extended Access, IDE Plugins, Marketplace, Maven Plugin… as the platform lists them) and Custom, a
 * checklist of the methods from GetTokenApiList. `current` starts the checklist from a token's methods and, when
 * `keep` is set, offers leaving the API unchanged.
 */
export async function askScope(
  services: Parts,
  steps: Steps,
  session: ManagementSession,
  options: { current?: AccessToken; keep?: boolean; keepLabel?: string; add?: readonly string[] } = {},
): Promise<ScopeChoice | undefined> {
  const ui = services.prompts.ui;
  const templates = await cached(templatesBySession, session, () =>
    withProgress(t('Loading token presets from {0}…', session.host), () =>
      services.tokenSessions.run(session, (client, value) => getTokenTemplates(client, value)),
    ),
  );
  const current = options.current;
  const currentName = current ? (current.template?.name ?? 'Custom') : undefined;
  const items: ScopeItem[] = [];
  const added = current && withAdded(current.methods, options.add ?? []);
  if (added) {
    // A method the token was refused (8202): adding it to what the token has is the one-step fix.
    items.push({
      label: `$(add) ${t('Add {0}', added.missing.join(', '))}`,
      description: t('Custom: the current methods and the missing ones'),
      choice: { kind: 'custom', methods: added.methods },
    });
  }
  if (options.keep && current) {
    items.push({
      label: `$(check) ${options.keepLabel ?? t('Keep Current API')}`,
      description: currentName,
      choice: { kind: 'keep' },
    });
  }
  for (const template of templates) {
    items.push({
      label: `$(symbol-method) ${template.name}`,
      description:
        t('{0} methods', template.methods.length) + (template.name === currentName ? ` · ${t('current')}` : ''),
      detail: summary(template.methods),
      choice: { kind: 'template', name: template.name },
    });
  }
  items.push({
    label: `$(checklist) ${t('Custom…')}`,
    description: currentName === 'Custom' ? t('current') : undefined,
    detail: t('Pick the methods one by one'),
  });
  const picked = await ui.showQuickPick(items, {
    title: steps.next(),
    placeHolder: t('Which API methods may the token call?'),
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  if (picked.choice) return picked.choice;

  const permissions = await cached(apiListBySession, session, () =>
    withProgress(t('Loading the API method list from {0}…', session.host), () =>
      services.tokenSessions.run(session, (client, value) => getTokenApiList(client, value)),
    ),
  );
  const all = methodItems(permissions);
  const checked = await ui.showChecklist<MethodItem & vscode.QuickPickItem>(all, {
    title: steps.again(),
    placeholder: t('Check the methods the token may call; type to search'),
    checked: itemsFor(all, current?.methods ?? []),
    onlyCheckedToggle: true,
    requireOne: true,
    itemButton: {
      icon: 'link-external',
      tooltip: t('Open API Documentation'),
      run: (item) => {
        if (!item.docsUrl) return;
        const uri = vscode.Uri.parse(item.docsUrl);
        void openExternal(ui, uri);
      },
    },
  });
  if (!checked || checked.length === 0) return undefined;
  return { kind: 'custom', methods: checked.map((item) => item.method).filter((m): m is string => m !== undefined) };
}

/** The session's answer, fetched once; a failed fetch is not kept. */
function cached<T>(cache: WeakMap<ManagementSession, Promise<T>>, session: ManagementSession, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(session);
  if (!promise) {
    promise = load();
    cache.set(session, promise);
    promise.catch(() => cache.delete(session));
  }
  return promise;
}

/** The token's methods and those of `add` it lacks; undefined when it lacks none. */
function withAdded(methods: readonly string[], add: readonly string[]): { methods: string[]; missing: string[] } | undefined {
  const have = new Set(methods.map((method) => method.toLowerCase()));
  const missing = add.filter((method) => !have.has(method.toLowerCase()));
  return missing.length > 0 ? { methods: [...methods, ...missing], missing } : undefined;
}

function summary(methods: readonly string[]): string {
  const names = methods.map((method) => splitMethod(method).name);
  return names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', ');
}
