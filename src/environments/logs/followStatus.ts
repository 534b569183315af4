// While a log is followed: a status bar item (click: Stop Following) and the context key the editor title's
// Follow / Stop Following toggle reads for the active editor.

import { vscode } from '../../ui/vscodeApi';
import { Commands } from '../../ui/commandIds';
import { Redact, redactStatusBarItem } from '../../ui/redactedItems';
import { t } from '../../util/l10n';
import type { LogFollower } from './logFollower';
import { activeLog, baseName, visibleLogs } from './logCommands';

/** True when the active editor shows a followed log (menus: `editor/title`). */
export const ACTIVE_LOG_FOLLOWED = 'vap.logs.activeFollowed';
export const FOLLOW_STATUS_ID = 'vap.logs.following';

export class FollowStatus implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  #activeFollowed: boolean | undefined;
  readonly #follower: LogFollower;
  readonly #redact: Redact;

  constructor(follower: LogFollower, redact: Redact) {
    this.#follower = follower;
    this.#redact = redact;
    this.item = vscode.window.createStatusBarItem(FOLLOW_STATUS_ID, vscode.StatusBarAlignment.Right, 100);
    this.item.name = t('VAP Log Follow');
    this.item.command = Commands.stopFollowingLog;
    this.update();
  }

  /** After a change of the followed logs, the visible editors or the active one. */
  update(): void {
    const active = activeLog();
    const activeFollowed = active !== undefined && this.#follower.isFollowed(active);
    if (activeFollowed !== this.#activeFollowed) {
      this.#activeFollowed = activeFollowed;
      void vscode.commands.executeCommand('setContext', ACTIVE_LOG_FOLLOWED, activeFollowed);
    }
    const shown = visibleLogs().filter((log) => this.#follower.isFollowed(log));
    if (shown.length === 0) return this.item.hide();
    const [first] = shown;
    this.item.text = shown.length === 1 ? `$(eye) ${t('Following {0}', baseName(first!.path))}` : `$(eye) ${t('Following {0} logs', shown.length)}`;
    this.item.tooltip = shown.length === 1
      ? t('Following {0} on node {1} of {2}: new lines appear as they are written. Click to stop following.', first!.path, first!.nodeId, first!.envName)
      : t('New lines of {0} logs appear as they are written. Click to stop following one.', shown.length);
    redactStatusBarItem(this.item, this.#redact);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
