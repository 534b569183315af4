// Access to our extension from inside the extension host: its manifest, its API, its activation.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VapActivation, VapExtensionApi } from '../../src/activation/api';

export const EXTENSION_ID = 'vap-vscode.vap-vscode';

export interface Manifest {
  activationEvents?: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    viewsContainers: { activitybar: { id: string; title: string }[] };
    views: Record<string, { id: string; name: string }[]>;
    viewsWelcome: { view: string; contents: string; when?: string }[];
    menus?: Record<string, { command?: string; submenu?: string }[]>;
  };
}

export function vapExtension(): vscode.Extension<VapActivation> {
  const extension = vscode.extensions.getExtension<VapActivation>(EXTENSION_ID);
  if (extension === undefined) throw new Error(`extension ${EXTENSION_ID} is not loaded in this extension host`);
  return extension;
}

/** Activates the extension (a no-op when it already is), loads the rest of it, and returns its API. */
export async function activateVap(): Promise<VapExtensionApi> {
  return (await vapExtension().activate()).loaded();
}

/** package.json as written, read from disk: `packageJSON` may already be localized by the host. */
export function manifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(vapExtension().extensionPath, 'package.json'), 'utf8')) as Manifest;
}

/** package.nls.json: the English strings behind the `%key%` placeholders of package.json. */
export function manifestStrings(): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(vapExtension().extensionPath, 'package.nls.json'), 'utf8')) as Record<string, string>;
}

/** Resolves a `%key%` placeholder the way VS Code does; other text is returned as it is. */
export function localize(text: string, strings = manifestStrings()): string {
  const match = /^%(.+)%$/.exec(text);
  if (match === null) return text;
  const value = strings[match[1]];
  if (value === undefined) throw new Error(`package.nls.json has no "${match[1]}"`);
  return value;
}
