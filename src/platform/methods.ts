// Where each API method lives: `/1.0/<group>/<service>/rest/<method in lower case>`.

const METHODS = {
  GetEnvs: 'environment/control',
  GetEnvInfo: 'environment/control',
  StartEnv: 'environment/control',
  StopEnv: 'environment/control',
  SleepEnv: 'environment/control',
  RestartNodes: 'environment/control',
  GetUserInfo: 'users/account',
  Signin: 'users/authentication',
  Verify2FACode: 'users/authentication',
  Signout: 'users/authentication',
  GetTokenTemplates: 'users/authentication',
  GetTokenApiList: 'users/authentication',
  CreateToken: 'users/authentication',
  GetTokens: 'users/authentication',
  EditToken: 'users/authentication',
  RegenerateToken: 'users/authentication',
  DeleteTokens: 'users/authentication',
} as const;

export type ApiMethod = keyof typeof METHODS;

export const API_METHODS = Object.keys(METHODS) as readonly ApiMethod[];

/** The path of a method below the origin, e.g. `/1.0/environment/control/rest/stopenv`. */
export function methodPath(method: ApiMethod): string {
  const service = METHODS[method];
  if (!service) throw new TypeError('Unknown API method');
  return `/1.0/${service}/rest/${method.toLowerCase()}`;
}
