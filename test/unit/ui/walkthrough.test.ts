// The Getting Started walkthrough (package.json contributes.walkthroughs): every step completes from a command or
// view that exists, its links run declared commands, its media are in the package and its words in package.nls.json.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; markdown?: string; altText?: string };
  completionEvents: string[];
}

const declared = new Set((manifest.contributes.commands as { command: string }[]).map((entry) => entry.command));
const views = new Set(Object.values(manifest.contributes.views as Record<string, { id: string }[]>).flat().map((view) => view.id));
const steps = (manifest.contributes.walkthroughs as { id: string; steps: Step[] }[]).find((walk) => walk.id === 'vap.gettingStarted')?.steps ?? [];
const nlsText = (value: string) => nls[/^%(.+)%$/.exec(value)?.[1] ?? ''] ?? value;

/** A command the manifest declares, or one VS Code makes for a view (`<view>.focus`). */
function commandExists(command: string): boolean {
  return declared.has(command) || [...views].some((view) => command === `${view}.focus`);
}

describe('the Getting Started walkthrough', () => {
  it('has the steps of issue 16: a token, the environments, start/stop, deploy', () => {
    assert.deepEqual(steps.map((step) => step.id), ['token', 'environments', 'startStop', 'deploy']);
    const events = steps.flatMap((step) => step.completionEvents);
    for (const event of [
      'onCommand:vap.addAccessToken',
      'onCommand:vap.generateIdePluginsToken',
      'onView:vap.environments',
      'onCommand:vap.environments.start',
      'onCommand:vap.environments.stop',
      'onCommand:vap.deploy.archive',
    ]) {
      assert.ok(events.includes(event), event);
    }
  });

  it('every completion event names a command or view that exists, or a context key the extension sets', () => {
    const sources = ['src/extension.ts'].map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
    for (const step of steps) {
      assert.ok(step.completionEvents.length > 0, `${step.id} never completes`);
      for (const event of step.completionEvents) {
        const [kind, name] = event.split(/:(.*)/s);
        if (kind === 'onCommand') assert.ok(commandExists(name), `${step.id}: ${event} is not a declared command`);
        else if (kind === 'onView') assert.ok(views.has(name), `${step.id}: ${event} is not a contributed view`);
        else if (kind === 'onContext') assert.ok(sources.includes(`'${name}'`), `${step.id}: ${event} is set nowhere`);
        else assert.fail(`${step.id}: ${event} is not a completion event this test knows`);
      }
    }
  });

  it('every command link of a step runs a declared command', () => {
    for (const step of steps) {
      const links = [...nlsText(step.description).matchAll(/\]\(command:([\w.]+)\)/g)].map((match) => match[1]);
      assert.ok(links.length > 0, `${step.id} has no button`);
      for (const command of links) assert.ok(commandExists(command), `${step.id}: command:${command}`);
    }
  });

  it('titles, descriptions and alt texts are translated; media files exist and are packaged', () => {
    // .vscodeignore is an allow-list: `**` leaves everything out, `!pattern` lines bring files back.
    const kept = readFileSync(join(root, '.vscodeignore'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => new RegExp(`^${line.slice(1).trim().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`));
    for (const step of steps) {
      for (const value of [step.title, step.description, step.media.altText].filter((text): text is string => text !== undefined)) {
        assert.match(value, /^%.+%$/, `${step.id}: ${value} is not a package.nls.json key`);
        assert.ok(nls[value.slice(1, -1)], `${step.id}: ${value} has no text`);
      }
      const file = step.media.image ?? step.media.markdown;
      assert.ok(file && existsSync(join(root, file)), `${step.id}: media ${file} is missing`);
      assert.ok(step.media.markdown || step.media.altText, `${step.id}: an image needs an alt text`);
      assert.ok(kept.some((pattern) => pattern.test(file)), `${step.id}: ${file} is left out of the package (.vscodeignore)`);
    }
  });

  it('the Environments welcome view links to the walkthrough, and the command to open it is declared', () => {
    assert.ok(declared.has('vap.openWalkthrough'));
    assert.match(nls['welcome.environments'], /\(command:vap\.openWalkthrough\)/);
  });
});
