// What the extension says about each action: ONE table, so a new action (or a translator) finds every phrase of it in
// one place, and no code repeats a `switch (action)` of words.

import { CallError, Environment } from '../../platform';
import { t } from '../../util/l10n';
import { EnvAction, RestartScope } from '../model/envState';
import { groupLabel } from './groups';

interface ActionWords {
  /** The verb on buttons and menus: "Stop". */
  readonly title: string;
  /** The palette command, the title of its prompts: "Stop Environment". */
  readonly commandTitle: string;
  /** A row while it runs: "Stopping…". */
  readonly busy: string;
  /** The progress notification: "Stopping Shop". */
  readonly progress: (name: string) => string;
  /** The operation in messages: "Stop Shop". */
  readonly operation: (name: string) => string;
  /** A short line once it worked: "Shop is stopped". */
  readonly done: (name: string) => string;
  /** The notification for several at once: "Stopping 3 environments". */
  readonly many: (count: number) => string;
  /** "No environment of Acme can be stopped now." */
  readonly participle: string;
  /** Why some selected environments were skipped: "Only running environments can be stopped: A, B." */
  readonly onlyFrom: (list: string) => string;
  /** Its codicon in menus. */
  readonly icon: string;
}

const ACTION_WORDS: Readonly<Record<EnvAction, () => ActionWords>> = {
  start: () => ({
    title: t('Start'),
    commandTitle: t('Start Environment'),
    busy: t('Starting…'),
    progress: (name) => t('Starting {0}', name),
    operation: (name) => t('Start {0}', name),
    done: (name) => t('{0} is running', name),
    many: (count) => t('Starting {0} environments', count),
    participle: t('started'),
    onlyFrom: (list) => t('Only stopped or sleeping environments can be started: {0}.', list),
    icon: 'debug-start',
  }),
  stop: () => ({
    title: t('Stop'),
    commandTitle: t('Stop Environment'),
    busy: t('Stopping…'),
    progress: (name) => t('Stopping {0}', name),
    operation: (name) => t('Stop {0}', name),
    done: (name) => t('{0} is stopped', name),
    many: (count) => t('Stopping {0} environments', count),
    participle: t('stopped'),
    onlyFrom: (list) => t('Only running environments can be stopped: {0}.', list),
    icon: 'debug-stop',
  }),
  sleep: () => ({
    title: t('Sleep'),
    commandTitle: t('Put Environment to Sleep'),
    busy: t('Going to sleep…'),
    progress: (name) => t('Putting {0} to sleep', name),
    operation: (name) => t('Sleep {0}', name),
    done: (name) => t('{0} is sleeping', name),
    many: (count) => t('Putting {0} environments to sleep', count),
    participle: t('put to sleep'),
    onlyFrom: (list) => t('Only running environments can be put to sleep: {0}.', list),
    icon: 'debug-pause',
  }),
  restart: () => ({
    title: t('Restart'),
    commandTitle: t('Restart Environment'),
    busy: t('Restarting…'),
    progress: (name) => t('Restarting {0}', name),
    operation: (name) => t('Restart {0}', name),
    done: (name) => t('{0} restarted', name),
    many: (count) => t('Restarting {0} environments', count),
    participle: t('restarted'),
    onlyFrom: (list) => t('Only running environments can be restarted: {0}.', list),
    icon: 'debug-restart',
  }),
};

/** Every phrase of one action. */
export function wordsFor(action: EnvAction): ActionWords {
  return ACTION_WORDS[action]();
}

/** A restart of part of an environment names that part: "Restart Application Servers of Shop", "Restart node 12 of Shop". */
const PART_WORDS = {
  group: { progress: (part: string, name: string) => t('Restarting {0} of {1}', part, name), operation: (part: string, name: string) => t('Restart {0} of {1}', part, name) },
  node: { progress: (id: number, name: string) => t('Restarting node {0} of {1}', id, name), operation: (id: number, name: string) => t('Restart node {0} of {1}', id, name) },
};

/** The palette title of each restart command. */
export function restartTitle(kind: RestartScope['kind']): string {
  if (kind === 'group') return t('Restart Node Group');
  if (kind === 'node') return t('Restart Node');
  return wordsFor('restart').commandTitle;
}

/** The command verb: Start, Stop, Restart, Sleep. */
export function actionTitle(action: EnvAction): string {
  return wordsFor(action).title;
}

/** What an item says while the action runs: "Stopping…". */
export function busyText(action: EnvAction): string {
  return wordsFor(action).busy;
}

/** The progress notification's title, e.g. "Stopping Shop — production". */
export function progressTitle(action: EnvAction, name: string, scope?: RestartScope, env?: Environment): string {
  if (action === 'restart' && scope?.kind === 'group') return PART_WORDS.group.progress(groupLabel(scope.nodeGroup, env), name);
  if (action === 'restart' && scope?.kind === 'node') return PART_WORDS.node.progress(scope.nodeId, name);
  return wordsFor(action).progress(name);
}

/** The operation named in error messages, e.g. "Stop Shop — production". */
export function operationName(action: EnvAction, name: string, scope?: RestartScope, env?: Environment): string {
  if (action === 'restart' && scope?.kind === 'group') return PART_WORDS.group.operation(groupLabel(scope.nodeGroup, env), name);
  if (action === 'restart' && scope?.kind === 'node') return PART_WORDS.node.operation(scope.nodeId, name);
  return wordsFor(action).operation(name);
}

/** A short line once it worked, e.g. "Shop — production is stopped". */
export function doneText(action: EnvAction, name: string): string {
  return wordsFor(action).done(name);
}

/**
 * Why a blocking call left its outcome unknown, for a message: a call error's own sentence names the method and the
 * host and never carries a secret or a body; anything else is summed up.
 */
export function noAnswerCause(error: unknown): string {
  return error instanceof CallError ? error.message : t('no answer');
}
