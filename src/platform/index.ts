// The platform layer's public surface. Nothing here, or below, imports `vscode`.

export * from './auth';
export * from './client';
export * from './dates';
export * from './deployment';
export * from './environments';
export * from './gitDeploy';
export * from './errors';
export * from './files';
export { MISSING_STATUS, TFA_MAX_CODE_ATTEMPTS } from './guesses';
export type { JsonObject } from './json';
export * from './logs';
export { API_METHODS, methodPath, permissionOf } from './methods';
export type { ApiMethod } from './methods';
export * from './nodeGroups';
export * from './permissions';
export { isLoopbackHost, originHost, parsePlatformOrigin, sameOrigin } from './origin';
export * from './status';
export * from './tokens';
export * from './upload';
export { DEFAULT_USER_AGENT, EXTENSION_VERSION } from './version';
