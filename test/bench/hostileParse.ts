// The bench's figure for issue 14 item 2: how long the extension host is blocked, and how much heap it gains, while
// the parse step refuses a hostile reply (test/bench/hostileReplies.ts: 64 KB or less with gzip, 32 MB expanded).
// Decompression happens in a stream, between events; what is timed is the synchronous part: text → refusal.

import { performance } from 'node:perf_hooks';
import { parseEnvelope } from '../../src/platform/envelope';
import { hostileReplies } from './hostileReplies';

export interface HostileParse {
  /** The slowest reply's median time, ms. */
  readonly ms: number;
  /** The largest heap growth of one refusal, MB (measured after a forced collection when --expose-gc is on). */
  readonly heapMB: number;
  readonly replies: { name: string; ms: number; heapMB: number; refused: boolean }[];
}

export function measureHostileParse(runs = 7): HostileParse {
  const collect = (globalThis as { gc?: () => void }).gc;
  const replies = hostileReplies().map(({ name, body }) => {
    const text = body.toString('utf8');
    const times: number[] = [];
    let heapMB = 0;
    let refused = true;
    for (let run = 0; run < runs; run++) {
      collect?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      try {
        parseEnvelope({ method: 'GetEnvs', host: 'bench.invalid' }, text);
        refused = false;
      } catch {
        // Refused, as it must be.
      }
      times.push(performance.now() - started);
      heapMB = Math.max(heapMB, (process.memoryUsage().heapUsed - heapBefore) / (1024 * 1024));
    }
    times.sort((a, b) => a - b);
    return { name, ms: times[Math.floor(times.length / 2)], heapMB, refused };
  });
  return {
    ms: Math.max(...replies.map((reply) => reply.ms)),
    heapMB: Math.max(...replies.map((reply) => reply.heapMB)),
    replies,
  };
}
