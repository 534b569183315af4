// The integration layer's no-secret sweep: every secret of the current test's simulators and every value the test
// typed into a password box, looked for in everything the extension shows or stores outside SecretStorage.

import type { VapExtensionApi } from '../../src/activation/api';
import { describeLeaks, findLeaks, Leak, ReportedLeaks, Secret } from '../sweep/findLeaks';
import { RunSecrets } from '../sweep/runSecrets';
import { scriptedUserInterfacesMade } from './scriptedUserInterface';
import { extensionSurfaces } from './secretSurfaces';

export const runSecrets = new RunSecrets();
const reported = new ReportedLeaks();

/** The secrets of this test so far. */
export function testSecrets(): Secret[] {
  const typed = scriptedUserInterfacesMade().flatMap((ui) => ui.typedSecrets.map((value) => ({ kind: 'value typed into a password box', value })));
  return runSecrets.current(typed);
}

/** Every leak of this test's secrets into the extension's surfaces. */
export async function findExtensionLeaks(api: VapExtensionApi): Promise<Leak[]> {
  return findLeaks(await extensionSurfaces(api), testSecrets());
}

/**
 * After a test that failed on its own: what leaked counts as reported (its failure comes first), so the next test is
 * not blamed for it.
 */
export async function noteLeaksOfFailedTest(api: VapExtensionApi): Promise<void> {
  reported.fresh(await findExtensionLeaks(api));
}

/** Fails (naming each surface and kind of secret, never a secret) when anything leaked. */
export async function assertNoSecretsAnywhere(api: VapExtensionApi): Promise<void> {
  const leaks = reported.fresh(await findExtensionLeaks(api));
  if (leaks.length > 0) throw new Error(describeLeaks(leaks));
}
