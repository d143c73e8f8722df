import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHref, MAX_COMPARED, parseCompareIds, readCompared, toggleCompared } from './compare';

const baikal = { slug: 'baikal-digital', name: 'Baikal Digital' };
const kama = { slug: 'kama-logic', name: 'Кама Логик' };
const sever = { slug: 'sever-systems', name: 'Sever Systems' };
const volga = { slug: 'volga-it-group', name: 'Volga IT Group' };

describe('toggleCompared', () => {
  it('adds at the end, takes out what is in, and keeps at most three', () => {
    const three = [baikal, kama, sever].reduce(toggleCompared, []);
    expect(three).toEqual([baikal, kama, sever]);
    expect(toggleCompared(three, volga)).toEqual(three);
    expect(toggleCompared(three, kama)).toEqual([baikal, sever]);
  });
});

describe('readCompared', () => {
  it.each([
    ['nothing', null],
    ['a string', 'baikal-digital'],
    ['an object', { slug: 'baikal-digital' }],
    ['a script id', [{ slug: '<script>alert(1)</script>', name: 'X' }]],
    ['a path outside', [{ slug: '../../admin', name: 'X' }]],
    ['another origin', [{ slug: 'https://attacker.example', name: 'X' }]],
    ['an inherited key', [{ slug: '__proto__', name: 'X' }]],
    ['a name that is not text', [{ slug: 'baikal-digital', name: { toString: 1 } }]],
    ['an empty name', [{ slug: 'baikal-digital', name: '' }]],
  ])('drops %s', (_, stored) => {
    expect(readCompared(stored)).toEqual([]);
  });

  it('keeps valid partners once each, at most three', () => {
    expect(readCompared([baikal, baikal, kama, 7, sever, volga])).toEqual([baikal, kama, sever]);
  });

  it('reads back whatever toggling wrote', () => {
    const partner = fc.record({
      slug: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
      name: fc.string({ minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(fc.array(partner, { maxLength: 8 }), (partners) => {
        const list = partners.reduce(toggleCompared, []);
        expect(list.length).toBeLessThanOrEqual(MAX_COMPARED);
        expect(readCompared(JSON.parse(JSON.stringify(list)))).toEqual(list);
      }),
    );
  });
});

describe('the comparison’s address', () => {
  it('round-trips the ids and carries the place', () => {
    const href = compareHref('/partners/compare/', ['baikal-digital', 'kama-logic'], 'kazan');
    expect(href).toBe('/partners/compare/?ids=baikal-digital,kama-logic&near=kazan');
    expect(parseCompareIds(href.slice(href.indexOf('?')))).toEqual(['baikal-digital', 'kama-logic']);
  });

  it.each([
    ['?ids=baikal-digital,baikal-digital,kama-logic', ['baikal-digital', 'kama-logic']],
    ['?ids=a,b,c,d', ['a', 'b', 'c']],
    ['?ids=%3Cscript%3E,kama-logic', ['kama-logic']],
    ['?ids=../../etc/passwd,javascript:alert(1)', []],
    ['?ids=', []],
    ['', []],
  ])('%s reads as %j', (search, ids) => {
    expect(parseCompareIds(search)).toEqual(ids);
  });
});
