import { describe, expect, it } from 'vitest';
import { checkAttributes, checkOrder, checkPlacement } from '../../src/markup/checkElement.js';

describe('checkElement', () => {
  it('reports an attribute named like a property of every object (constructor, __proto__) as unknown', () => {
    for (const attr of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const findings = checkAttributes('header', { [attr]: 'x' });
      expect(findings.map((f) => f.message)).toEqual([`у <header> нет атрибута ${attr}`]);
    }
  });

  it('gives the same answers when asked again (the allowed names are worked out once per element)', () => {
    for (let i = 0; i < 3; i++) {
      expect(checkPlacement('document', 'header', ['document'])?.message).toBe('<document> не может стоять внутри <header>');
      expect(checkPlacement('header', 'document', [])).toBeUndefined();
      expect(checkOrder('document', ['footer', 'header'])?.message).toBeDefined();
      expect(checkAttributes('header', { class: 'a b' })).toEqual([]);
    }
  });
});
