import type { EnvironmentsApi } from '../environments';
import type { NodeFeaturesApi } from '../environments/nodeFeatures';
import type { AccountParts } from '../accounts/parts';
import type { ExpiryWatch } from '../accounts/expiryWatch';
import type { Core } from './core';
import type { TokensTree } from '../tokens/tokensTree';
import type { UserInterface } from '../ui/userInterface';

/** What `activate()` returns: the rest of the extension loads when first needed (see extension.ts). */
/** Every piece the wiring made (src/activation/features.ts), for integration tests only: no feature sees this. */
export interface ExtensionParts extends Core, AccountParts {
  readonly expiryWatch: ExpiryWatch;
}

export interface VapActivation {
  /** Loads the views' and commands' code if it is not yet, and returns the API below. */
  loaded(): Promise<VapExtensionApi>;
  /** What activation made, usable before the rest loads: the bench opens the view on an extension not yet loaded. */
  readonly core: Pick<Core, 'accounts' | 'views'>;
}

/**
 * What `VapActivation.loaded()` gives: our integration tests use it to script prompts, read the redacted log and
 * inspect state. Only a development or test run exports it (src/extension.ts); an installed extension exports nothing.
 */
export interface VapExtensionApi {
  /** Replaces the prompts commands use; `undefined` restores the real window prompts. */
  useUserInterface(ui: UserInterface | undefined): void;
  /** Lines written to the log in this session, after redaction. */
  readonly logLines: readonly string[];
  /** The extension's shared pieces, for integration tests. */
  readonly services: ExtensionParts;
  /** The Environments view, its store, poller, status bar and timing (issue 5). */
  readonly environments: EnvironmentsApi & NodeFeaturesApi;
  /** The Access Tokens view's data (issue 4). */
  readonly accessTokens: { readonly tree: TokensTree };
}
