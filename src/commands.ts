// Every command id lives here; a test checks this list against package.json.
export const Commands = {
  showLog: 'vap.showLog',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

export const Views = {
  container: 'vap',
  environments: 'vap.environments',
  accessTokens: 'vap.accessTokens',
} as const;
