// Issue 14 items 1 and 7 in a real extension host: what the platform echoes back, and names it sends, reach the
// tree, the status bar and the log only through one redaction boundary and escaped.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { useEnvironmentsFixture } from './environmentsKit';

describe('Redaction boundary and escaping on every surface', function () {
  this.timeout(30_000);
  const t = useEnvironmentsFixture();
  /** Not hexadecimal, so only the tracked value (not the token-like-run rule) can mask it. */
  const token = 'Tok-en_Secret.Value-for-echo';

  it('the Environments view never shows an access token the platform echoed back in upper case', async () => {
    // A platform may repeat a parameter in its words (platform-api.md: result 3 "invalid parameter [name]" [C]).
    t.sim.faults.add({ method: 'GetEnvs', kind: 'json', body: { result: 99, error: `cannot use session ${token.toUpperCase()} here` } });
    await t.addAccount('Demo', token);
    const [row] = await t.rows();
    assert.ok(row, 'a row for the failed list');
    assert.equal(row.element.kind, 'message');
    const shown = [row.label, row.description ?? '', row.tooltip].join('\n');
    assert.match(shown, /cannot use session <redacted> here/, 'the platform words are still shown');
    assert.ok(!shown.toLowerCase().includes(token.toLowerCase()), shown);
    assert.ok(t.api.logLines.every((line) => !line.toLowerCase().includes(token.toLowerCase())), 'nor in the log');
  });

  it('the status bar tooltip escapes the account name and e-mail: no link or image from the platform', async () => {
    const account = await t.api.services.accounts.add(
      { origin: t.sim.url, label: 'Team ![pixel](https://tracker.example/p.png)', user: '[click me](https://evil.example/x)' },
      t.sim.demo.token,
    );
    // An environment the account does not have: the tooltip then names the account in its own line.
    await t.api.environments.binding.set({ accountId: account.id, envName: 'no-such-env' });
    const item = await t.waitForStatusBar((bar) => bar.text === '$(circle-slash) no-such-env', 'says no-such-env does not exist');
    const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip);
    assert.ok(!/(?<!\\)\[click me(?<!\\)\]\(/.test(tooltip), `no live link: ${tooltip}`);
    assert.ok(!/!(?<!\\)\[pixel/.test(tooltip), `no live image: ${tooltip}`);
    assert.match(tooltip, /\\\[click me\\\]/, 'the e-mail is still shown, escaped');
  });

  it('a name from the platform written to the log cannot add a line of its own', async () => {
    await t.addAccount('Demo');
    const evil = 'evil\n[error] Token leaked: fake line\r\u001b[31m';
    t.api.services.log.info(`Renamed to ${evil}`);
    const line = t.api.logLines.find((candidate) => candidate.includes('Renamed to'));
    assert.ok(line);
    assert.ok(!['\n', '\r', '\u001b'].some((char) => line.includes(char)), JSON.stringify(line));
    assert.match(line, /evil\\n\[error\] Token leaked: fake line\\r\\u001b\[31m/);
  });
});
