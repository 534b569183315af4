// Who may see the test API (api.ts): it hands out the accounts' tokens and replaces the prompts, so an installed
// extension exports nothing (no other extension can read a token or script the password box); the tests and the
// bench run the extension in development or test mode.

/** `vscode.ExtensionMode.Production` (a stable API value; an integration test checks it). */
export const PRODUCTION_MODE = 1;

/** The extension's exports for this mode: the API in a development or test run, nothing when installed. */
export function exportsFor<T>(extensionMode: number, api: () => T): T | undefined {
  return extensionMode === PRODUCTION_MODE ? undefined : api();
}
