// The API method table: which URL path is which method, who may call it, and its handler.

import { Account } from './accounts';
import { Answer } from './envelope';
import { Params } from './params';
import { Platform } from './platform';
import { Token } from './tokens';

/**
 * Who may call a method: anyone (Signin); a sign-in session only (token management, "prohibited self duplication"
 * [C]); a session or a token with the method in its list; `pending`: a restricted two-factor session only
 * (Verify2FACode); `signout`: any session, restricted ones too, or any live token (Signout with a token answers 0 [I]).
 */
export type Access = 'public' | 'signin' | 'any' | 'pending' | 'signout';
type AuthedAccess = Exclude<Access, 'public'>;

export interface Caller {
  account: Account;
  kind: 'session' | 'token';
  session?: string;
  token?: Token;
}

export interface PublicRequest {
  platform: Platform;
  params: Params;
}

export interface AuthedRequest extends PublicRequest {
  caller: Caller;
}

type Result = Answer | Promise<Answer>;

export interface RouteInfo {
  /** e.g. 'environment/control' */
  readonly path: string;
  /** The API method name, e.g. 'StopEnv'. */
  readonly method: string;
  /** The permission name tokens carry, e.g. 'environment.control.StopEnv'. */
  readonly permission: string;
  /** Refuse GET (Signin). */
  readonly postOnly: boolean;
}

export type Route = RouteInfo &
  ({ access: 'public'; handle: (request: PublicRequest) => Result } | { access: AuthedAccess; handle: (request: AuthedRequest) => Result });

type RouteSpec =
  | { access: 'public'; postOnly?: boolean; handle: (request: PublicRequest) => Result }
  | { access: AuthedAccess; postOnly?: boolean; handle: (request: AuthedRequest) => Result };

/** Declares one method under `/1.0/<group>/<service>/rest/<method lower case>`. */
export function route(path: string, method: string, spec: RouteSpec): Route {
  return { ...spec, path, method, permission: `${path.replace('/', '.')}.${method}`, postOnly: spec.postOnly ?? false };
}

const ROUTE_PATH = /^\/1\.0\/([^/]+)\/([^/]+)\/rest\/([^/]+)\/?$/;

export class RouteTable {
  private readonly byPath = new Map<string, Route>();

  constructor(routes: Route[]) {
    for (const entry of routes) this.byPath.set(`${entry.path}/${entry.method}`.toLowerCase(), entry);
  }

  /** The route for a URL path; the method segment is matched case-insensitively like the platform's lower-case paths. */
  find(pathname: string): Route | undefined {
    const match = ROUTE_PATH.exec(pathname);
    if (!match) return undefined;
    const [group, service, method] = match.slice(1).map((part) => decodeURIComponent(part).toLowerCase());
    return this.byPath.get(`${group}/${service}/${method}`);
  }
}
