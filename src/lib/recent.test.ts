import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Recent } from './recent.ts';

describe('Recent', () => {
  it('forgets the value used longest ago, counting a read as a use', () => {
    const recent = new Recent<string, number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1);
    recent.set('c', 3);
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')).toBe(1);
    expect(recent.get('c')).toBe(3);
    recent.set('a', 10);
    recent.set('d', 4);
    expect(recent.get('c')).toBeUndefined();
    expect(recent.get('a')).toBe(10);
    // Looking is not using: d, looked at, is still the one forgotten next.
    expect(recent.has('d')).toBe(true);
    expect(recent.has('b')).toBe(false);
    recent.set('e', 5);
    expect(recent.has('d')).toBe(false);
    expect(recent.get('a')).toBe(10);
    recent.clear();
    expect(recent.size).toBe(0);
    expect(recent.get('a')).toBeUndefined();
  });

  it('holds the same as a list of the last uses, whatever is set and read', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9 })), { maxLength: 60 }),
        (limit, steps) => {
          const recent = new Recent<number, number>(limit);
          // The model: keys from the one used longest ago to the last one used, with their values.
          let model: [number, number][] = [];
          steps.forEach(([write, key], step) => {
            const held = model.find(([k]) => k === key);
            if (write) {
              recent.set(key, step);
              model = [...model.filter(([k]) => k !== key), [key, step] as [number, number]].slice(-limit);
            } else {
              expect(recent.get(key)).toBe(held?.[1]);
              if (held) model = [...model.filter(([k]) => k !== key), held];
            }
            expect(recent.size).toBe(model.length);
          });
        },
      ),
    );
  });
});
