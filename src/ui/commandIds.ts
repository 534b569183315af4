// Every command id lives here; a test checks this list against package.json.
export const Commands = {
  showLog: 'vap.showLog',
  // The Getting Started walkthrough (issue 16)
  openWalkthrough: 'vap.openWalkthrough',
  // Accounts and access tokens (issue 4)
  addAccessToken: 'vap.addAccessToken',
  generateIdePluginsToken: 'vap.generateIdePluginsToken',
  replaceToken: 'vap.replaceToken',
  regenerateAccountToken: 'vap.regenerateAccountToken',
  renameAccount: 'vap.renameAccount',
  removeAccount: 'vap.removeAccount',
  signInToManageTokens: 'vap.signInToManageTokens',
  signOutOfTokenManagement: 'vap.signOutOfTokenManagement',
  refreshTokens: 'vap.tokens.refresh',
  generateToken: 'vap.tokens.generate',
  editToken: 'vap.tokens.edit',
  regenerateToken: 'vap.tokens.regenerate',
  copyToken: 'vap.tokens.copy',
  removeTokens: 'vap.tokens.remove',
  // End of accounts and access tokens
  // Environments (issue 5)
  refreshEnvironments: 'vap.environments.refresh',
  refreshAccountEnvironments: 'vap.environments.refreshAccount',
  startEnvironment: 'vap.environments.start',
  stopEnvironment: 'vap.environments.stop',
  restartEnvironment: 'vap.environments.restart',
  restartNodeGroup: 'vap.environments.restartNodeGroup',
  restartNode: 'vap.environments.restartNode',
  sleepEnvironment: 'vap.environments.sleep',
  openEnvironmentInBrowser: 'vap.environments.openInBrowser',
  copyEnvironmentDomain: 'vap.environments.copyDomain',
  openDashboard: 'vap.environments.openDashboard',
  useEnvironmentForWorkspace: 'vap.environments.useForWorkspace',
  selectWorkspaceEnvironment: 'vap.environments.selectWorkspaceEnvironment',
  workspaceEnvironmentActions: 'vap.environments.workspaceActions',
  revealEnvironment: 'vap.environments.reveal',
  /** Reads a node's Files or Logs folder again (its Refresh button, its error row). */
  refreshNodeFolder: 'vap.environments.refreshNodeFolder',
  // End of environments
  // Node logs (issue 16)
  openLog: 'vap.logs.open',
  followLog: 'vap.logs.follow',
  stopFollowingLog: 'vap.logs.stopFollowing',
  // End of node logs
  // Node files (issue 16)
  openNodeFile: 'vap.files.open',
  // End of node files
  // Deploy (issue 16)
  deployArchive: 'vap.deploy.archive',
  redeployLast: 'vap.deploy.redeployLast',
  deployFromGit: 'vap.deploy.fromGit',
  // End of deploy
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

export const Views = {
  container: 'vap',
  environments: 'vap.environments',
  accessTokens: 'vap.accessTokens',
} as const;
