// One HTTP exchange for the platform client, through node-fetch: POST a body, hand back the status (and Location) of
// any answer, and read the body of a 200 only. Nothing more: no redirects, no retries, no cookies.
//
// node-fetch makes its requests with Node's http/https modules, which VS Code patches for each extension to honour
// the user's proxy settings and certificates. The host intercepts only the bare names `http` and `https` (not
// `node:http`), so the build hands node-fetch's `node:` imports the bare names (build/options.cjs).

import fetch, { AbortError, FetchError, type Response } from 'node-fetch';

export interface Exchange {
  /** An https: URL, or http: for the loopback addresses the origin check lets through. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Ends the exchange at any point, including while the body is arriving. */
  readonly signal: AbortSignal;
  /** A 200 body (after decompression) beyond this many bytes fails the exchange. */
  readonly maxBodyBytes: number;
}

export interface Answer {
  readonly status: number;
  /** The Location header as sent, for the caller to judge; never followed. */
  readonly location?: string;
  /** The body of a 200 as UTF-8 text; empty for any other status, whose body is never read. */
  readonly text: string;
}

/**
 * aborted: the signal fired. tooLarge: the body is over the limit. encoding: a body we cannot decompress.
 * network: the connection failed or was cut before the answer was complete.
 */
export type TransportFailure = 'aborted' | 'tooLarge' | 'encoding' | 'network';

/** Why an exchange failed. Carries no URL, header or body text, so it can hold no secret. */
export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    /** System error code such as ECONNREFUSED, when known. */
    readonly code?: string,
  ) {
    super(code ? `${failure} (${code})` : failure);
    this.name = 'TransportError';
  }
}

/** What the exchange advertises (node-fetch would add br); big GetEnvs answers compress well. */
const ACCEPT_ENCODING = 'gzip, deflate';
/** The Content-Encoding values node-fetch decompresses among those we asked for; none means identity. */
const READABLE_ENCODINGS = new Set(['identity', 'gzip', 'x-gzip', 'deflate', 'x-deflate']);

/**
 * POSTs `exchange.body` and resolves once the whole answer is in (a 200 body to its last byte), or rejects with a
 * TransportError. Never resolves with a body cut short.
 */
export async function post(exchange: Exchange): Promise<Answer> {
  if (exchange.signal.aborted) throw new TransportError('aborted');
  // Ours to end the exchange: once the answer is in or has failed, whatever is still arriving is not wanted, and
  // aborting drops the connection rather than draining it.
  const ending = new AbortController();
  const onAbort = (): void => ending.abort();
  exchange.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetch(exchange.url, {
      method: 'POST',
      headers: { ...exchange.headers, 'Accept-Encoding': ACCEPT_ENCODING, Connection: 'close' },
      body: exchange.body,
      redirect: 'manual',
      // node-fetch counts the body after decompression and fails as soon as it passes the limit.
      size: exchange.maxBodyBytes,
      signal: ending.signal,
    });
    return await answerOf(response, exchange.maxBodyBytes);
  } catch (error) {
    throw transportError(error, exchange.signal);
  } finally {
    exchange.signal.removeEventListener('abort', onAbort);
    ending.abort();
  }
}

async function answerOf(response: Response, maxBodyBytes: number): Promise<Answer> {
  if (response.status !== 200) {
    return { status: response.status, location: response.headers.get('location') ?? undefined, text: '' };
  }
  if (Number(response.headers.get('content-length')) > maxBodyBytes) throw new TransportError('tooLarge');
  const encoding = response.headers.get('content-encoding') ?? 'identity';
  // node-fetch hands other encodings (br, say) through undecoded: never let those bytes pass for text.
  if (!READABLE_ENCODINGS.has(encoding)) throw new TransportError('encoding');
  // Decoded once at the end, so a character split between chunks comes out whole.
  return { status: 200, text: await response.text() };
}

/** node-fetch's error as a TransportError: its own messages name the URL, so only the kind and code are kept. */
function transportError(error: unknown, signal: AbortSignal): unknown {
  if (error instanceof TransportError) return error;
  if (error instanceof AbortError || signal.aborted) return new TransportError('aborted');
  if (!(error instanceof FetchError)) return error;
  if (error.type === 'max-size') return new TransportError('tooLarge');
  const code = systemCode(error.code);
  // zlib reports data it cannot inflate with its own codes (Z_DATA_ERROR, Z_BUF_ERROR).
  if (code?.startsWith('Z_')) return new TransportError('encoding');
  // A chunked body whose last chunk never came: the connection was cut.
  if (code === 'ERR_STREAM_PREMATURE_CLOSE') return new TransportError('network', 'ECONNRESET');
  return new TransportError('network', code);
}

/** A system error code like ECONNREFUSED, checked to look like one before it reaches a message. */
function systemCode(code: unknown): string | undefined {
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? code : undefined;
}
