// Accounts and the sign-in rules: wrong credentials → 701, blocked after repeated failures → 704; two-factor
// accounts get a restricted session that Verify2FACode (handlers/authentication.ts) makes valid.

import { ApiError, RESULT } from './envelope';
import { LOGIN_CASE_INSENSITIVE, MESSAGES, SIGNIN_FAILURES_BEFORE_BLOCK } from './guesses';
import { SecretBook } from './secrets';

export interface Account {
  readonly uid: number;
  readonly login: string;
  readonly email: string;
  readonly name: string;
  readonly password: string;
  /** Base32 TOTP secret: the account has two-factor authentication. */
  readonly twoFactorSecret?: string;
  /** False: two-factor authentication is required but not set up yet (`requiredAuthCheck.isConfigured: false`). */
  readonly twoFactorConfigured: boolean;
  failedSignins: number;
  blocked: boolean;
}

export interface NewAccount {
  login: string;
  password: string;
  name?: string;
  email?: string;
  uid?: number;
  twoFactorSecret?: string;
  twoFactorConfigured?: boolean;
}


const loginKey = (login: string): string => (LOGIN_CASE_INSENSITIVE ? login.trim().toLowerCase() : login);

export class AccountStore {
  private readonly byLogin = new Map<string, Account>();
  private readonly byUid = new Map<number, Account>();
  private nextUid = 10_000;

  constructor(private readonly secrets: SecretBook) {}

  add(spec: NewAccount): Account {
    if (this.byLogin.has(loginKey(spec.login))) throw new Error(`simulator: account ${spec.login} already exists`);
    const uid = spec.uid ?? this.nextUid++;
    if (this.byUid.has(uid)) throw new Error(`simulator: uid ${uid} already in use`);
    const account: Account = {
      uid,
      login: spec.login,
      email: spec.email ?? spec.login,
      name: spec.name ?? spec.login,
      password: spec.password,
      twoFactorSecret: spec.twoFactorSecret,
      twoFactorConfigured: spec.twoFactorConfigured ?? true,
      failedSignins: 0,
      blocked: false,
    };
    this.byLogin.set(loginKey(spec.login), account);
    this.byUid.set(uid, account);
    this.secrets.add(spec.password, 'password');
    this.secrets.add(spec.twoFactorSecret, '2FA code');
    return account;
  }

  find(login: string): Account | undefined {
    return this.byLogin.get(loginKey(login));
  }

  byId(uid: number): Account | undefined {
    return this.byUid.get(uid);
  }

  /** The account for a test helper call; a typo in a test should fail loudly. */
  expect(login: string): Account {
    const account = this.find(login);
    if (!account) throw new Error(`simulator: no account ${login}`);
    return account;
  }

  unblock(login: string): void {
    const account = this.expect(login);
    account.blocked = false;
    account.failedSignins = 0;
  }

  /** Checks login and password. Throws 701/704 as the platform does [C]. */
  signIn(login: string, password: string): Account {
    const account = this.find(login);
    if (!account) throw new ApiError(RESULT.AUTH_FAILED, MESSAGES.authFailed);
    if (account.blocked) throw new ApiError(RESULT.USER_BLOCKED, MESSAGES.blocked);
    if (password !== account.password) this.fail(account, MESSAGES.authFailed);
    account.failedSignins = 0;
    return account;
  }

  private fail(account: Account, message: string): never {
    account.failedSignins += 1;
    if (account.failedSignins >= SIGNIN_FAILURES_BEFORE_BLOCK) account.blocked = true;
    throw new ApiError(RESULT.AUTH_FAILED, message);
  }
}
