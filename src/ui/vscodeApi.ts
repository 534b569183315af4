// The VS Code API, required once for the whole bundle: every other file imports it from here. A `require('vscode')`
// per file cost every file its own binding (half a kilobyte over the bundle). The host hands the API out as a
// CommonJS module, so it is required, not `import * as`ed: that made the bundle copy the whole object once per file.
import vscode = require('vscode');

export { vscode };
