// Where the workspace's environment is kept; read at activation too (without the rest of the binding code), to know
// whether the status bar item is needed at once.

/** The user's choice, in workspaceState. */
export const BINDING_STATE_KEY = 'vap.workspaceEnvironment';
/** The setting `vap.workspaceEnvironment` (section `vap`). */
export const BINDING_SETTING = 'workspaceEnvironment';
