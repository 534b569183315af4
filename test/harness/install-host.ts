// `node out/test/harness/install-host.js`: installs the cached code-server host now (CI times it as its own step).

import { ensureCodeServer } from './install';

ensureCodeServer().then(
  (install) => console.log(`code-server ${install.codeServerVersion} (VS Code ${install.vscodeVersion}) on ${install.node}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
