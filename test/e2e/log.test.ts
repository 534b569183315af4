import { useWorkbench } from './fixture';

describe('VAP: Show Log', () => {
  const fixture = useWorkbench();

  it('opens the Output panel on our channel, with the activation line', async () => {
    const { workbench } = fixture;
    await workbench.runCommand('VAP: Show Log');
    await workbench.outputChannelPicker().first().locator('option:checked', { hasText: 'Virtuozzo Application Platform' }).waitFor({ state: 'attached' });
    // The editor renders spaces as no-break spaces, hence \s in the pattern.
    await workbench.outputText().filter({ hasText: /\[info\]\s+Activated\s+vap-vscode\.vap-vscode\s+\d+\.\d+\.\d+\s+in\s+VS\s+Code/ }).waitFor();
  });
});
