// Pinned versions of the VS Code host the tests and the demo run in. Bump them together: code-server's postinstall
// refuses any Node major other than the one its release was built for.

/** code-server from npm: a real VS Code server (web workbench + Node extension host). 4.139.1 ships VS Code 1.139.1. */
export const CODE_SERVER_VERSION = '4.139.1';

/** The Node that code-server 4.139.x requires, taken from the npm registry (`node-linux-<arch>` has bin/ and headers). */
export const NODE_VERSION = '24.21.0';
