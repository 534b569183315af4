// Bad input into the Custom method list: GetTokenApiList answers with thousands of methods, and names that are
// empty, huge, dotless, non-ASCII or prototype keys. Every method gets its item; only well-formed names get a link.

import { strict as assert } from 'node:assert';
import { apiDocsUrl } from '../../../src/tokens/apiDocs';
import { itemsFor, methodItems } from '../../../src/tokens/methodItems';
import { WORLD_NAMES } from '../platform/fuzzKit';

const ODD_NAMES = ['GetEnvs', '.', '..', 'a..b', '__proto__.constructor.toString', 'constructor', 'a.b.c,d.e.F', 'x'.repeat(1_000_000), ...WORLD_NAMES];

describe('custom method list with bad input', () => {
  it('10,000 methods in one service and odd names each get one item; only group.service.Method names get a docs link', () => {
    const permissions = [
      ...Array.from({ length: 10_000 }, (_, i) => ({ method: `environment.control.Method${i}` })),
      ...ODD_NAMES.map((method) => ({ method })),
    ];
    const items = methodItems(permissions);
    const methods = items.filter((item) => item.kind !== -1);
    assert.deepEqual(methods.map((item) => item.method).sort(), permissions.map((permission) => permission.method).sort());
    for (const item of methods) {
      const wellFormed = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*){2,}$/.test(item.method ?? '');
      assert.equal(item.docsUrl !== undefined, wellFormed, item.method?.slice(0, 40));
    }
    assert.equal(apiDocsUrl('x'.repeat(1_000_000)), undefined);
  });

  it('picks checked methods by name, ignoring names the list does not have and prototype keys', () => {
    const items = methodItems(ODD_NAMES.map((method) => ({ method })));
    const picked = itemsFor(items, ['CONSTRUCTOR', '__proto__', 'toString', 'hasOwnProperty', WORLD_NAMES[0], 'not.in.list']);
    assert.deepEqual(picked.map((item) => item.method), ['constructor', WORLD_NAMES[0]]);
  });
});
