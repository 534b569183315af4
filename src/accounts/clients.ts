import { PlatformClient, RequestInfo } from '../platform';
import type { Log } from '../ui/log';

/** Makes platform clients that log every request (method, host, time, result: never parameters). */
export class ClientFactory {
  constructor(private readonly log: Log) {}

  /** @throws OriginError when the address is not an acceptable platform origin */
  forOrigin(origin: string): PlatformClient {
    return new PlatformClient({ origin, onRequest: (info) => this.logRequest(info) });
  }

  private logRequest(info: RequestInfo): void {
    const outcome = info.errorKind ? `failed (${info.errorKind}${info.result === undefined ? '' : ` ${info.result}`})` : 'ok';
    this.log.debug(`${info.method} ${info.host} ${outcome} in ${info.durationMs} ms`);
  }
}
