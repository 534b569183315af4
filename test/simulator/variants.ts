// Where platform-api.md marks a behaviour unknown [?] and the client must handle every plausible form, the simulator
// can play each one: tests switch `sim.variants.<name>`; the defaults are the guesses in guesses.ts.

import { DEFAULT_VARIANTS } from './guesses';

export interface Variants {
  /**
   * Verify2FACode's reply to a wrong code [?: "the result code for a wrong code" is unknown]:
   * a non-zero result (701, or 3 / 1 as other platforms use for bad input), or an HTTP error (400, 401).
   */
  wrongCodeReply: 'result701' | 'result3' | 'result1' | 'http400' | 'http401';
  /** Verify2FACode's success answer [?]: the Signin session becomes valid, or a new `session` replaces it. */
  verifyAnswer: 'sameSession' | 'newSession';
  /**
   * The envelope's shape [C: both exist]: `plain` (nulls left out), `legacy` (older platforms: a `debug` block on
   * successes and errors, and errors carrying `response: null`), `nested` (an environment action's refusal wrapped
   * as `{"result":0,"response":{"result":2212,…}}`).
   */
  envelope: 'plain' | 'legacy' | 'nested';
  /**
   * How a bad, expired or revoked session or token is refused: 702 "user is not authenticated" [C], or result 3
   * "invalid parameter [session]" [C: MVN createobject_error.json] (which of the two a platform uses when is unknown).
   */
  deadSessionReply: 'result702' | 'result3';
  /**
   * The IDE Plugins preset's method list (GetTokenTemplates, and tokens created with the preset from then on) [?: "the
   * method list of the IDE Plugins preset is not published"]: with deploy, logs and node files (`withWorkloads`), or
   * environments only (`environmentsOnly`: without guesses.ts IDE_DEPLOY_LOGS_FILES). Tokens made before a switch
   * keep the methods they were made with.
   */
  idePluginsPreset: 'withWorkloads' | 'environmentsOnly';
}

export function defaultVariants(): Variants {
  return { ...DEFAULT_VARIANTS };
}
