// Where each API method lives: `/1.0/<group>/<service>/rest/<method in lower case>`.

const METHODS = {
  GetEnvs: 'environment/control',
  GetEnvInfo: 'environment/control',
  StartEnv: 'environment/control',
  StopEnv: 'environment/control',
  SleepEnv: 'environment/control',
  RestartNodes: 'environment/control',
  GetNodeGroups: 'environment/control',
  GetLogsList: 'environment/control',
  ReadLog: 'environment/control',
  DeployArchive: 'environment/deployment',
  AddRepo: 'environment/deployment',
  Deploy: 'environment/deployment',
  Update: 'environment/deployment',
  GetDeployments: 'environment/deployment',
  GetList: 'environment/file',
  Read: 'environment/file',
  Write: 'environment/file',
  Upload: 'storage/uploader',
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

/** The name a token's method list uses for a method, e.g. `environment.deployment.DeployArchive`. */
export function permissionOf(method: ApiMethod): string {
  // Own keys only: a name like `toString` must not find Object.prototype's.
  if (!Object.prototype.hasOwnProperty.call(METHODS, method)) throw new TypeError('Unknown API method');
  const service = METHODS[method];
  return `${service.replace('/', '.')}.${method}`;
}
