import { strict as assert } from 'node:assert';
import { apiDocsUrl, splitMethod } from '../../../src/tokens/apiDocs';
import { itemsFor, methodItems } from '../../../src/tokens/methodItems';
import { ChecklistModel } from '../../../src/ui/checklistModel';

describe('custom method picker', () => {
  const permissions = [
    { method: 'environment.control.GetEnvs', isSafe: true },
    { method: 'environment.control.StopEnv' },
    { method: 'environment.file.Read' },
    { method: 'users.account.GetUserInfo' },
  ];

  it('links each method to its API docs page', () => {
    assert.equal(apiDocsUrl('environment.control.StopEnv'), 'https://docs.jelastic.com/api/#!/api/environment.Control-method-StopEnv');
    assert.equal(apiDocsUrl('users.account.GetUserInfo'), 'https://docs.jelastic.com/api/#!/api/users.Account-method-GetUserInfo');
    assert.equal(apiDocsUrl('GetEnvs'), undefined);
    assert.equal(apiDocsUrl('a.b.<script>'), undefined);
    assert.deepEqual(splitMethod('environment.control.GetEnvs'), { service: 'environment.control', name: 'GetEnvs' });
  });

  it('groups methods by service under separators, searchable by full name', () => {
    const items = methodItems(permissions);
    assert.deepEqual(
      items.map((item) => (item.kind === -1 ? `[${item.label}]` : `${item.label} (${item.description})`)),
      [
        '[environment.control]',
        'GetEnvs (environment.control.GetEnvs)',
        'StopEnv (environment.control.StopEnv)',
        '[environment.file]',
        'Read (environment.file.Read)',
        '[users.account]',
        'GetUserInfo (users.account.GetUserInfo)',
      ],
    );
    assert.ok(items[1].docsUrl?.endsWith('environment.Control-method-GetEnvs'));
    assert.deepEqual(
      itemsFor(items, ['ENVIRONMENT.CONTROL.STOPENV', 'not.a.Method']).map((item) => item.method),
      ['environment.control.StopEnv'],
    );
  });

  it('"only checked" shows the checked methods with their group headers, and keeps what is hidden', () => {
    const items = methodItems(permissions);
    const model = new ChecklistModel(items, itemsFor(items, ['environment.file.Read']));
    const labels = () => model.visible().map((item) => item.label);
    assert.equal(labels().length, items.length);

    model.setSelection(itemsFor(items, ['environment.file.Read', 'users.account.GetUserInfo']));
    model.toggleOnlyChecked();
    assert.equal(model.onlyChecked, true);
    assert.deepEqual(labels(), ['environment.file', 'Read', 'users.account', 'GetUserInfo']);

    // Unchecking under the filter keeps the row in view (no jumping) until the filter is toggled.
    model.setSelection(itemsFor(items, ['users.account.GetUserInfo']));
    assert.deepEqual(labels(), ['environment.file', 'Read', 'users.account', 'GetUserInfo']);
    assert.deepEqual(model.checkedItems().map((item) => item.method), ['users.account.GetUserInfo']);

    model.toggleOnlyChecked();
    model.toggleOnlyChecked();
    assert.deepEqual(labels(), ['users.account', 'GetUserInfo']);
    model.toggleOnlyChecked();
    assert.equal(labels().length, items.length);
    assert.deepEqual(model.checkedItems().map((item) => item.method), ['users.account.GetUserInfo']);
  });

  it('never checks separators or foreign items', () => {
    const items = methodItems(permissions);
    const model = new ChecklistModel(items, [items[0], { label: 'stranger' } as (typeof items)[0]]);
    assert.deepEqual(model.checkedItems(), []);
    model.setSelection([items[0], items[1]]);
    assert.deepEqual(model.checkedItems(), [items[1]]);
  });
});
