// The extension version for the User-Agent, kept here so the bundle need not include package.json.
// A unit test fails when it drifts from package.json.
export const EXTENSION_VERSION = '0.1.0';

export const DEFAULT_USER_AGENT = `vap-vscode/${EXTENSION_VERSION}`;
