// The value of a new or regenerated token is shown once: Copy, Save to File…, Use in VS Code. The value itself is
// never put in a message; it goes only to the clipboard, a file the user picked, or SecretStorage.

import * as os from 'node:os';
import * as path from 'node:path';
import { vscode } from './vscodeApi';
import type { Log } from './log';
import type { ErrorReporter } from './reporter';
import type { UserInterfaceHolder } from './userInterface';
import { writeTokenFile, workspaceFolderOf } from './tokenFile';
import { t } from '../util/l10n';

/** What showing a new value uses: the prompts, the log (its redactor learns the value) and the error reporter. */
export interface NewValueParts {
  readonly prompts: UserInterfaceHolder;
  readonly log: Log;
  readonly reporter: ErrorReporter;
}

export interface NewValueOptions {
  /** What happened, e.g. "Created “CI deploy” on app.example.com." */
  readonly headline: string;
  readonly value: string;
  /** File name offered by Save to File. */
  readonly fileName: string;
  /**
   * Offered as "Use in VS Code": stores the value as the token of the matching account. Resolves with a sentence
   * saying what was done, or undefined when the user backed out.
   */
  readonly useInVsCode?: () => Promise<string | undefined>;
  /** Said instead of offering Use in VS Code, e.g. "VS Code’s stored copy was updated." */
  readonly note?: string;
}

const MAX_ROUNDS = 20;

/** A modal that comes back after each action until the user closes it; the value is gone after that. */
export async function showNewValue(services: NewValueParts, options: NewValueOptions): Promise<void> {
  const ui = services.prompts.ui;
  services.log.redactor.track(options.value);
  const copy = t('Copy');
  const save = t('Save to File…');
  const use = t('Use in VS Code');
  let offerSave = true;
  let offerUse = options.useInVsCode !== undefined;
  let status = options.note ?? '';
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const buttons = [copy, ...(offerSave ? [save] : []), ...(offerUse ? [use] : [])];
    const answer = await ui.showInformationMessage(
      [options.headline, status].filter(Boolean).join(' '),
      {
        modal: true,
        detail: t(
          'The token’s value is shown only this once: copy it, save it to a file or use it in VS Code before you close this dialog.',
        ),
      },
      ...buttons,
    );
    if (answer === copy) {
      await copyToClipboard(services, options.value);
      status = t('Copied to the clipboard.');
    } else if (answer === save) {
      const saved = await saveToFile(services, options.value, options.fileName);
      if (saved) {
        offerSave = false;
        status = t('Saved to {0}.', saved);
      }
    } else if (answer === use && options.useInVsCode) {
      const done = await options.useInVsCode();
      if (done) {
        offerUse = false;
        status = done;
      }
    } else {
      return;
    }
  }
}

export async function copyToClipboard(services: Pick<NewValueParts, 'prompts'>, value: string): Promise<void> {
  await services.prompts.ui.writeClipboard(value);
  vscode.window.setStatusBarMessage(t('$(check) Token copied to the clipboard'), 5000);
}

/**
 * Asks where, warns before a file inside an open workspace folder, and writes the value (tokenFile.ts: a new
 * owner-only file, an existing one only after "Replace"). Returns the file name once it was written, else undefined.
 */
async function saveToFile(services: NewValueParts, value: string, fileName: string): Promise<string | undefined> {
  const ui = services.prompts.ui;
  const uri = await ui.showSaveDialog({
    title: t('Save Access Token'),
    saveLabel: t('Save Token'),
    defaultUri: defaultLocation(fileName),
    filters: { [t('Text files')]: ['txt'], [t('All files')]: ['*'] },
  });
  if (!uri) return undefined;
  const name = path.basename(uri.path);
  const folder = workspaceFolderOf(uri);
  if (folder) {
    const inside = t('Save Anyway');
    const answer = await ui.showWarningMessage(
      t('{0} is inside the workspace folder {1}. A token there can end up in version control or a synced folder.', name, folder.name),
      { modal: true, detail: t('Save it outside the workspace (your home folder is offered first) unless you are sure.') },
      inside,
    );
    if (answer !== inside) return undefined;
  }
  const replace = t('Replace');
  const questions = {
    confirmOverwrite: async (existing: string) =>
      (await ui.showWarningMessage(
        t('{0} already exists. Replace it with the token?', existing),
        { modal: true, detail: t('The old content is replaced in one step; the new file can be read by you only.') },
        replace,
      )) === replace,
  };
  try {
    const result = await writeTokenFile(uri, `${value}\n`, questions);
    if (result.kind === 'refused') {
      await ui.showErrorMessage(t('The token was not saved: {0}', result.why), {});
      return undefined;
    }
    if (result.kind === 'declined') return undefined;
    services.log.info(`Saved a token value to a file the user picked (${name}, ${uri.scheme})`);
    return name;
  } catch (error) {
    await services.reporter.report(error, { operation: t('Saving the token to {0}', name) });
    return undefined;
  }
}

/**
 * The home folder of the machine the extension runs on (never the workspace: a token file must not be committed).
 * In a remote window `file:` URIs of the extension host are the remote machine's files.
 */
function defaultLocation(fileName: string): vscode.Uri {
  return vscode.Uri.file(path.join(os.homedir(), fileName));
}

/** A file name from a token description: letters, digits and dashes. */
export function tokenFileName(description: string): string {
  const slug = description
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 40);
  return `${slug || 'access-token'}.token.txt`;
}
