// Every prompt, message, clipboard write and opened page goes through the UserInterface seam (src/ui/userInterface.ts):
// that is what lets the integration tests script the prompts and sweep everything shown for secrets. A direct call
// elsewhere would be shown to the user without either.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '..', '..', '..', '..', 'src');

/** The seam itself, and the one widget it is built from. */
const ALLOWED: Record<string, RegExp> = {
  'ui/userInterface.ts': /./,
  'ui/checklist.ts': /createQuickPick/,
};

const DIRECT_CALLS = [
  /\bwindow\s*\.\s*(show(Information|Warning|Error)Message|showQuickPick|showInputBox|createQuickPick|createInputBox|showSaveDialog|showOpenDialog|showWorkspaceFolderPick)\b/g,
  /\benv\s*\.\s*(clipboard|openExternal)\b/g,
];
/** `window` or `env` taken out of the vscode module under their own names would hide calls from the patterns above. */
const ALIASES = [/import\s*\{[^}]*\b(window|env)\b[^}]*\}\s*from\s*['"]vscode['"]/, /\{[^}]*\b(window|env)\b[^}]*\}\s*=\s*vscode\b/];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).map((name) => name.split(path.sep).join('/'));
}

describe('the prompt seam', () => {
  it('src/ shows prompts, messages, dialogs, the clipboard and the browser only through src/ui/userInterface.ts', () => {
    const files = sourceFiles(SRC);
    assert.ok(files.includes('ui/userInterface.ts') && files.length > 20, `src/ not found at ${SRC}`);
    const offenders: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(SRC, file), 'utf8');
      for (const pattern of DIRECT_CALLS) {
        for (const match of text.matchAll(pattern)) {
          if (!ALLOWED[file]?.test(match[0])) offenders.push(`${file}: ${match[0]}`);
        }
      }
      for (const alias of ALIASES) if (alias.test(text)) offenders.push(`${file}: imports vscode's window or env by name`);
    }
    assert.deepEqual(offenders, []);
  });
});
