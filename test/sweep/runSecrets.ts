// Which secrets a sweep looks for: those of the simulators of the current test (started since `mark()`, or still
// running), plus any the test typed itself. Simulators of earlier tests were swept for when their tests ended, and
// their secrets die with them; looking for every secret of the run in every surface after every test would grow
// with the square of the suite.

import { simulatorsStarted } from '../simulator';
import type { Secret } from './findLeaks';

export class RunSecrets {
  private firstOfTest = 0;

  /** A test begins: simulators started from now on are this test's. */
  mark(): void {
    this.firstOfTest = simulatorsStarted().length;
  }

  current(typed: readonly Secret[] = []): Secret[] {
    const sims = simulatorsStarted().filter((sim, index) => index >= this.firstOfTest || !sim.closed);
    return [...sims.flatMap((sim) => sim.secretsSeen()), ...typed];
  }
}
