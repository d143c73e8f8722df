import { describe, expect, it } from 'vitest';
import { tierSchema } from '../../schemas/tier.ts';
import { readData, sampleFiles } from '../../../tests/sample-content.ts';
import type { Locale } from './locales.ts';
import { findTranslationProblems, type TranslationSet } from './translation-checks.ts';

const file = (locale: Locale) => sampleFiles('tiers', locale).find((entry) => entry.id === 'gold')?.path ?? '';
const gold = readData(file('en')) as Record<string, unknown>;
const goldRu = readData(file('ru')) as Record<string, unknown> & { requirements: { label: string; value: string }[] };

const set = (translation: Record<string, unknown>): TranslationSet => ({
  name: 'tiers',
  folder: 'content/tiers',
  extension: 'md',
  locale: 'ru',
  schema: tierSchema,
  originals: [{ id: 'gold', filePath: 'content/tiers/en/gold.md', data: gold }],
  translations: [{ id: 'gold', filePath: 'content/tiers/ru/gold.md', data: translation }],
  required: true,
});

const withRequirement = (index: number, value: string) => ({
  ...goldRu,
  requirements: goldRu.requirements.map((row, at) => (at === index ? { ...row, value } : row)),
});

describe('amounts across a translation', () => {
  it('accepts the sample Gold tier in Russian', () => {
    expect(findTranslationProblems(set(goldRu))).toEqual([]);
  });

  it.each([
    [
      'a different amount',
      '25 платящих клиентов или 30 000 ₽ регулярной выручки в месяц',
      'missing: 300\u00a0000; not in the original: 30\u00a0000',
    ],
    [
      'an amount written the English way',
      '25 платящих клиентов или 300,000 ₽ регулярной выручки в месяц',
      'missing: 300\u00a0000; not in the original: 300',
    ],
    ['an amount left out', 'Много платящих клиентов или 300 000 ₽ в месяц', 'missing: 25'],
  ])('names the file and field of %s', (_, value, detail) => {
    const active = goldRu.requirements.findIndex((row) => row.value.includes('300'));
    expect(findTranslationProblems(set(withRequirement(active, value)))).toEqual([
      {
        file: 'content/tiers/ru/gold.md',
        field: `requirements.${active}.value`,
        message: `Must hold the same numbers as the original, written the way this language writes them (${detail})`,
      },
    ]);
  });

  it('checks every translated text, not only requirements', () => {
    const problems = findTranslationProblems(set({ ...goldRu, supportSla: '8 рабочих часов' }));
    expect(problems.map((problem) => problem.field)).toEqual(['supportSla']);
  });
});
