// The base of the platform layer's typed errors, and the error of an unusable platform address. Apart from
// errors.ts (which re-exports them) so that activation, which checks stored addresses (origin.ts), loads only these.

export type VapErrorKind =
  | 'origin'
  | 'platform'
  | 'unexpectedResponse'
  | 'wrongAddress'
  | 'server'
  | 'redirect'
  | 'timeout'
  | 'network'
  | 'aborted';

export abstract class VapError extends Error {
  abstract readonly kind: VapErrorKind;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The platform address given by the user cannot be used. */
export type OriginProblem = 'empty' | 'tooLong' | 'userinfo' | 'scheme' | 'insecure' | 'host' | 'port' | 'invalid';

export class OriginError extends VapError {
  readonly kind = 'origin';

  constructor(
    readonly problem: OriginProblem,
    message: string,
  ) {
    super(message);
  }
}
