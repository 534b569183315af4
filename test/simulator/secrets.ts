// Every secret the simulator has ever handed out, been configured with or been sent, so the request log can mask it
// and tests can check that none of them shows up anywhere else (`Simulator.secretsSeen()`).

/** What kind of secret a value is; failure messages name the kind, never the value. */
export type SecretKind = 'token' | 'session' | 'password' | '2FA code';

export interface KnownSecret {
  readonly kind: SecretKind;
  readonly value: string;
}

/** Request parameters whose values are secrets, and the kind each carries (`session` holds a token or a session). */
const SECRET_PARAMS: Readonly<Record<string, SecretKind>> = { password: 'password', code: '2FA code', session: 'token', key: 'token' };

export class SecretBook {
  private readonly values = new Map<string, SecretKind>();

  add(secret: string | undefined, kind: SecretKind): void {
    if (secret && !this.values.has(secret)) this.values.set(secret, kind);
  }

  /** Notes the secrets a request carried (a wrong password, a dead token…): they are secrets even if refused. */
  addReceived(params: Readonly<Record<string, string>>): void {
    for (const [name, value] of Object.entries(params)) {
      const kind = SECRET_PARAMS[name.toLowerCase()];
      if (kind !== undefined) this.add(value, kind);
    }
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  /** Longest first, so a secret containing another one is masked whole. */
  all(): string[] {
    return [...this.values.keys()].sort((a, b) => b.length - a.length);
  }

  /** Every secret with its kind, in the order first seen. */
  entries(): KnownSecret[] {
    return [...this.values].map(([value, kind]) => ({ value, kind }));
  }
}
