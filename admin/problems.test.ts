import { describe, expect, it } from 'vitest';
import { currentProblems, problemCount } from './problems';

/** Decap keeps its state in Immutable.js collections; all the notice asks of one is toJS(). */
const fromJS = (value: unknown) => ({ toJS: () => value });

describe('the problems a refused save lists', () => {
  it('lists every message of every field, in order, skipping fields without one', () => {
    const errors = fromJS({
      'name-1': [{ type: 'PATTERN', message: 'Name didn’t match the pattern: Use plain text.' }],
      'website-2': [
        { type: 'PATTERN', message: ' Website didn’t match the pattern: Must be an http:// or https:// address ' },
      ],
      'tier-3': [],
      'logo-4': [{ type: 'CUSTOM' }],
    });
    expect(currentProblems(errors)).toEqual([
      { fieldId: 'name-1', message: 'Name didn’t match the pattern: Use plain text.' },
      { fieldId: 'website-2', message: 'Website didn’t match the pattern: Must be an http:// or https:// address' },
    ]);
  });

  it('has nothing to say about an entry without errors, or before Decap has any state', () => {
    expect(currentProblems(fromJS({}))).toEqual([]);
    expect(currentProblems(undefined)).toEqual([]);
  });

  it('counts in words', () => {
    expect([problemCount(1), problemCount(2)]).toEqual(['1 problem', '2 problems']);
  });
});
