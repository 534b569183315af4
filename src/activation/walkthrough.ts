// The Getting Started walkthrough (package.json contributes.walkthroughs): its steps complete from the real commands
// and views (completionEvents), so opening it is all VS Code needs from us. No feature code is loaded for it.

import { vscode } from '../ui/vscodeApi';

/** The walkthrough's id in package.json. */
export const WALKTHROUGH_ID = 'vap.gettingStarted';

/** "Get Started with VAP": opens the walkthrough in the editor area (not to the side). */
export function openWalkthrough(extensionId: string): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#${WALKTHROUGH_ID}`, false);
}
