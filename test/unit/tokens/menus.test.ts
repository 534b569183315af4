// package.json's Access Tokens row menus against the context values tokenRow gives: a system token offers no
// Edit, Regenerate or Remove (inline or context menu), only Copy as New Token.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessToken } from '../../../src/platform';
import { tokenRow } from '../../../src/tokens/tokenRow';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));
const rowMenus = (manifest.contributes.menus['view/item/context'] as { command: string; when: string }[]).filter((entry) =>
  entry.when.includes('view == vap.accessTokens'),
);

/** The commands whose `viewItem =~ /re/` clause matches the context value. */
function commandsFor(contextValue: string): Set<string> {
  const shown = rowMenus.filter((entry) => {
    const match = /viewItem =~ \/(.*)\/(?:\s|$)/.exec(entry.when);
    const equals = /viewItem == (\S+)/.exec(entry.when);
    return match ? new RegExp(match[1]).test(contextValue) : equals?.[1] === contextValue;
  });
  return new Set(shown.map((entry) => entry.command));
}

describe('Access Tokens row menus', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const token = (isSystem: boolean): AccessToken => ({ id: 1, description: 'd', methods: [], isSystem, expiresAt: new Date('2026-11-01T00:00:00Z') });

  for (const usedBy of [undefined, 'me@example.com']) {
    it(`a user token${usedBy ? ' that VS Code uses' : ''} offers every change; a system token only Copy`, () => {
      assert.deepEqual(
        [...commandsFor(tokenRow(token(false), now, usedBy).contextValue)].sort(),
        ['vap.tokens.copy', 'vap.tokens.edit', 'vap.tokens.regenerate', 'vap.tokens.remove'],
      );
      assert.deepEqual([...commandsFor(tokenRow(token(true), now, usedBy).contextValue)], ['vap.tokens.copy']);
    });
  }
});
