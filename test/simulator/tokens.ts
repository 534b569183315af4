// Personal access tokens: the store and the JSON shape the platform gives them.

import { randomBytes } from 'node:crypto';
import { TokenScope } from './apiCatalog';
import { SimulatorClock } from './clock';
import { formatPlatformDate } from './dates';
import { ApiError } from './envelope';
import {
  MAX_TOKENS_PER_ACCOUNT,
  TOKEN_KEY_BYTES,
  TOKEN_LIMIT_ERROR,
  UNKNOWN_TOKEN_RESULT,
  unknownTokenMessage,
} from './guesses';
import { SecretBook } from './secrets';

export interface Token {
  readonly id: number;
  readonly uid: number;
  key: string;
  description: string;
  scope: TokenScope;
  expiresAt?: number;
  lastUsed?: number;
  /** Made by the platform, not the user (`isSystem` [C: EXPORT]). */
  readonly isSystem: boolean;
  /** `extraData` [C: EXPORT; meaning ?]: only tests set it. */
  readonly extraData?: string;
}

export interface NewToken {
  description: string;
  scope: TokenScope;
  expiresAt?: number;
  isSystem?: boolean;
  extraData?: string;
}

/** Changes for EditToken: undefined leaves a field as it is; `expiresAt: null` removes the expiry. */
export interface TokenChanges {
  description?: string;
  scope?: TokenScope;
  expiresAt?: number | null;
}

export class TokenStore {
  private readonly tokens = new Map<number, Token>();
  private readonly byKey = new Map<string, Token>();
  private nextId = 1;

  constructor(
    private readonly clock: SimulatorClock,
    private readonly secrets: SecretBook,
  ) {}

  create(uid: number, spec: NewToken): Token {
    if (this.list(uid).length >= MAX_TOKENS_PER_ACCOUNT) throw new ApiError(TOKEN_LIMIT_ERROR.result, TOKEN_LIMIT_ERROR.error);
    const token: Token = { id: this.nextId++, uid, key: this.newKey(), ...spec, isSystem: spec.isSystem ?? false };
    this.tokens.set(token.id, token);
    this.byKey.set(token.key, token);
    return token;
  }

  /** The caller's tokens, oldest first; with `ids`, only those (unknown ids are skipped). */
  list(uid: number, ids?: number[]): Token[] {
    const own = [...this.tokens.values()].filter((token) => token.uid === uid);
    return ids ? own.filter((token) => ids.includes(token.id)) : own;
  }

  /** One of the caller's tokens; anything else (including other accounts' tokens) is unknown. */
  get(uid: number, id: number): Token {
    const token = this.tokens.get(id);
    if (!token || token.uid !== uid) throw new ApiError(UNKNOWN_TOKEN_RESULT, unknownTokenMessage(String(id)));
    return token;
  }

  edit(uid: number, id: number, changes: TokenChanges): Token {
    const token = this.get(uid, id);
    if (changes.description !== undefined) token.description = changes.description;
    if (changes.scope !== undefined) token.scope = changes.scope;
    if (changes.expiresAt !== undefined) token.expiresAt = changes.expiresAt ?? undefined;
    return token;
  }

  /** A new key; the old one stops working at once. Everything else is kept. */
  regenerate(uid: number, id: number): Token {
    const token = this.get(uid, id);
    this.byKey.delete(token.key);
    token.key = this.newKey();
    this.byKey.set(token.key, token);
    return token;
  }

  /** All or nothing: one unknown id and no token is deleted. */
  delete(uid: number, ids: number[]): void {
    const doomed = ids.map((id) => this.get(uid, id));
    for (const token of doomed) {
      this.tokens.delete(token.id);
      this.byKey.delete(token.key);
    }
  }

  /** The live token with this key, or undefined when unknown, regenerated away, deleted or expired. */
  findUsable(key: string): Token | undefined {
    const token = this.byKey.get(key);
    if (!token) return undefined;
    return token.expiresAt !== undefined && token.expiresAt <= this.clock.now() ? undefined : token;
  }

  private newKey(): string {
    const key = randomBytes(TOKEN_KEY_BYTES).toString('hex');
    this.secrets.add(key, 'token');
    return key;
  }
}

/**
 * The platform's JSON for a token, the fields of the export's ApiTokenResponse [C: EXPORT]. `key` only when the
 * caller just created or regenerated it; no creation date (its name is unknown [?]); `isSystem` always (guesses.ts).
 */
export function tokenView(token: Token, options: { withKey: boolean }): Record<string, unknown> {
  const template = token.scope.template;
  return {
    id: token.id,
    key: options.withKey ? token.key : undefined,
    description: token.description,
    expiresAt: token.expiresAt === undefined ? undefined : formatPlatformDate(token.expiresAt),
    lastUsed: token.lastUsed === undefined ? undefined : formatPlatformDate(token.lastUsed),
    isSystem: token.isSystem,
    extraData: token.extraData,
    tokenTemplate: template ? { id: template.id, name: template.name } : undefined,
    apiListItems: token.scope.methods.map(({ id, method, isSafe, isCollaborationAccessible }) => ({
      id,
      method,
      isSafe,
      isCollaborationAccessible,
    })),
  };
}
