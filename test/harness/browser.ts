// Headless Debian Chromium driven by playwright-core (which downloads no browser of its own).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Browser, chromium } from 'playwright-core';

/** Debian's chromium from apt unless `VAP_CHROMIUM_PATH` names another build. */
export function chromiumPath(): string {
  const configured = process.env.VAP_CHROMIUM_PATH;
  const executable = configured !== undefined && configured !== '' ? configured : '/usr/bin/chromium';
  if (!fs.existsSync(executable)) {
    throw new Error(`Chromium not found at ${executable}: install it (Debian: apt-get install -y chromium; .ci/run does ` +
      'this) or point VAP_CHROMIUM_PATH at a Chromium binary');
  }
  return executable;
}

/** No GPU, no sandbox (we run as root in CI), and nothing that tries to reach the internet. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  // Debian's Chromium keeps its crash reports under ~/.config; the run's temp dir is the place for them.
  const tmp = os.tmpdir();
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'chromium-config'), XDG_CACHE_HOME: path.join(tmp, 'chromium-cache') };
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, env, timeout: 60_000 });
}

/** The window size for every page: screenshots for the README are taken at this size. */
export const VIEWPORT = { width: 1280, height: 800 };
