// One HTTP exchange for the platform client: POST a body, hand back the status (and Location) of any answer, and
// read the body of a 200 only. Nothing more: no redirects, no retries, no cookies.
//
// Built on Node's http/https `request`, like node-fetch before it: VS Code's proxy support patches the `http` and
// `https` modules an extension loads, so these requests go through the user's proxy settings (and certificates)
// just as node-fetch's did. The two are imported WITHOUT the `node:` prefix on purpose: older VS Code hosts hand
// out the proxied modules only under the bare names http and https, so a prefixed import would bypass the proxy.

import * as http from 'http';
import * as https from 'https';
import type { Readable } from 'node:stream';
import * as zlib from 'node:zlib';

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

/** What the exchange advertises; node-fetch asked for the same, and big GetEnvs answers compress well. */
const ACCEPT_ENCODING = 'gzip, deflate';

/**
 * POSTs `exchange.body` and resolves once the whole answer is in (a 200 body to its last byte), or rejects with a
 * TransportError. Never resolves with a body cut short.
 */
export function post(exchange: Exchange): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { signal, maxBodyBytes } = exchange;
    let request: http.ClientRequest | undefined;
    let body: Readable | undefined;
    let settled = false;

    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      // Whatever is still arriving is not wanted: drop the connection rather than drain it.
      body?.destroy();
      request?.destroy();
      outcome();
    };
    const fail = (failure: TransportFailure, code?: string): void =>
      finish(() => reject(new TransportError(failure, code)));
    const onAbort = (): void => fail('aborted');

    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    try {
      request = requester(exchange.url)(exchange.url, {
        method: 'POST',
        headers: {
          ...exchange.headers,
          'Accept-Encoding': ACCEPT_ENCODING,
          'Content-Length': String(Buffer.byteLength(exchange.body)),
          // As node-fetch did: one connection per call, so a POST never lands on a stale kept-alive socket.
          Connection: 'close',
        },
      });
    } catch (error) {
      return fail('network', systemCode(error));
    }
    request.on('error', (error) => fail('network', systemCode(error)));
    request.on('response', (response) => {
      response.on('error', (error) => fail('network', systemCode(error)));
      // Closed before the message was complete (short of its Content-Length or its last chunk): the connection
      // was cut, and what arrived must not pass for an answer.
      response.on('close', () => {
        if (!response.complete) fail('network', 'ECONNRESET');
      });

      const status = response.statusCode ?? 0;
      if (status !== 200) {
        return finish(() => resolve({ status, location: response.headers.location, text: '' }));
      }
      if (Number(response.headers['content-length']) > maxBodyBytes) return fail('tooLarge');
      body = decoded(response);
      if (!body) return fail('encoding');
      if (body !== response) body.on('error', () => fail('encoding'));

      const chunks: Buffer[] = [];
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        if (size > maxBodyBytes) return fail('tooLarge');
        chunks.push(chunk);
      });
      // Decoded once at the end, so a character split between chunks comes out whole.
      body.on('end', () => finish(() => resolve({ status, text: Buffer.concat(chunks, size).toString('utf8') })));
    });
    request.end(exchange.body);
  });
}

function requester(url: string): typeof http.request {
  const protocol = new URL(url).protocol;
  if (protocol === 'https:') return https.request;
  if (protocol === 'http:') return http.request;
  throw new TypeError(`Unsupported protocol ${protocol}`);
}

/** The body as plain bytes, through a decompressor if the server used an encoding we offered; else undefined. */
function decoded(response: http.IncomingMessage): Readable | undefined {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity') return response;
  if (encoding !== 'gzip' && encoding !== 'x-gzip' && encoding !== 'deflate') return undefined;
  // Unzip reads gzip and zlib-wrapped deflate alike, whichever header the data actually starts with.
  return response.pipe(zlib.createUnzip());
}

/** A system error code like ECONNREFUSED, checked to look like one before it reaches a message. */
function systemCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? code : undefined;
}
