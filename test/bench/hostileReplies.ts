// Replies a hostile platform (or whoever answers in its place) could send: small on the wire with gzip, huge once
// expanded, yet under the body cap (limits.ts), so only the parse step's depth and value limits stand in the way.
// Shared by the unit test (refused) and the bench (what refusing costs).

import { MAX_REPLY_BYTES } from '../../src/platform/limits';

export interface HostileReply {
  readonly name: string;
  /** The body before compression. */
  readonly body: Buffer;
}

/** Just under the cap. */
const EXPANDED_BYTES = MAX_REPLY_BYTES - 1024;

export function hostileReplies(): HostileReply[] {
  const half = Math.floor(EXPANDED_BYTES / 2);
  const objects = Math.floor(EXPANDED_BYTES / 6) - 10;
  const empties = Math.floor(EXPANDED_BYTES / 3) - 10;
  return [
    { name: `arrays nested ${millions(half)} deep`, body: Buffer.from(`${'['.repeat(half)}${']'.repeat(half)}`) },
    { name: `objects nested ${millions(objects)} deep`, body: Buffer.from(`{"result":0,"a":${'{"a":'.repeat(objects)}0${'}'.repeat(objects + 1)}`) },
    { name: `${millions(empties)} empty objects in a list`, body: Buffer.from(`{"result":0,"infos":[${'{},'.repeat(empties)}{}]}`) },
  ];
}

function millions(count: number): string {
  return `${(count / 1e6).toFixed(1)} million`;
}
