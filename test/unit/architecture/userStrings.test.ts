import * as assert from 'node:assert/strict';
import * as ts from 'typescript';
import { sourceFiles } from './sourceGraph';
import { bareStrings } from './userStrings';

function parse(text: string) {
  return { name: 'sample.ts', text, ast: ts.createSourceFile('sample.ts', text, ts.ScriptTarget.Latest, true) };
}

describe('Architecture: every user-visible string goes through t()', () => {
  it('finds no bare string shown to the user in src/', () => {
    const found = sourceFiles().flatMap(bareStrings).map((hit) => `${hit.file}:${hit.line} ${JSON.stringify(hit.text)}`);
    assert.deepEqual(found, []);
  });

  it('catches bare messages, buttons, prompt fields and tree items, and lets t() and codicons through', () => {
    const hits = bareStrings(
      parse(`
        ui.showErrorMessage('Stop failed', {}, 'Show Log');
        ui.showInformationMessage(t('Stopped {0}', name), {}, t('OK'));
        vscode.window.setStatusBarMessage(\`$(check) Copied \${x}\`, 3000);
        vscode.window.setStatusBarMessage(\`$(check) \${t('Copied {0}', x)}\`, 3000);
        ui.showInputBox({ title: 'Rename', prompt: t('A name'), placeHolder: 'YYYY-MM-DD' });
        items.push({ label: \`$(globe) \${t('Open')}\`, description: cond ? 'stopped' : t('running') });
        const item = new vscode.TreeItem('No environments');
        item.tooltip = \`\${a} (\${b})\`;
        item.description = 'down';
      `),
    ).map((hit) => hit.text);
    assert.deepEqual(hits, ['Stop failed', 'Show Log', '$(check) Copied  ', 'Rename', 'YYYY-MM-DD', 'stopped', 'No environments', 'down']);
  });
});
