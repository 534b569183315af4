import { PlatformClient, RequestInfo } from '../platform';
import type { Log } from '../ui/log';

/** Makes platform clients that log every request (method, host, time, result: never parameters). */
export class ClientFactory {
  readonly #log: Log;
  constructor(log: Log) {
    this.#log = log;
  }

  /** @throws OriginError when the address is not an acceptable platform origin */
  forOrigin(origin: string): PlatformClient {
    return new PlatformClient({ origin, onRequest: (info) => this.#logRequest(info) });
  }

  #logRequest(info: RequestInfo): void {
    const outcome = info.errorKind ? `failed (${info.errorKind}${info.result === undefined ? '' : ` ${info.result}`})` : 'ok';
    this.#log.debug(`${info.method} ${info.host} ${outcome} in ${info.durationMs} ms`);
  }
}
