/** The README's tables of what each form sends say what the code sends. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEAD_FIELDS } from '../src/lib/lead';
import { REVIEW_FORM_FIELDS } from '../src/lib/review-form';

const readme = readFileSync('README.md', 'utf8');

/** The rows of the first table after `heading`, as name, required and longest. */
function tableAfter(heading: string): { name: string; required: boolean; max: number }[] {
  const rest = readme.slice(readme.indexOf(heading) + heading.length);
  const table = /\n((?:\|.*\|\n)+)/.exec(rest)?.[1] ?? '';
  return table
    .trim()
    .split('\n')
    .slice(2)
    .map((row) => row.split('|').map((cell) => cell.trim()))
    .map(([, name = '', required = '', max = '']) => ({
      name: name.replace(/`/g, ''),
      required: required === 'yes',
      max: Number(max) || 0,
    }));
}

describe('README', () => {
  it.each([
    ['A proposal request sends', LEAD_FIELDS],
    ['A review sends', REVIEW_FORM_FIELDS],
  ] as const)('"%s" lists every field with its rules', (heading, fields) => {
    expect(tableAfter(heading)).toEqual(fields.map(({ name, required, max }) => ({ name, required, max })));
  });
});
