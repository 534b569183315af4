// The platform layer's public surface. Nothing here, or below, imports `vscode`.

export * from './auth';
export * from './client';
export * from './dates';
export * from './environments';
export * from './errors';
export { MISSING_STATUS, TFA_MAX_CODE_ATTEMPTS } from './guesses';
export type { JsonObject } from './json';
export { API_METHODS, methodPath } from './methods';
export type { ApiMethod } from './methods';
export { isLoopbackHost, originHost, parsePlatformOrigin, sameOrigin } from './origin';
export * from './status';
export * from './tokens';
export { DEFAULT_USER_AGENT, EXTENSION_VERSION } from './version';
