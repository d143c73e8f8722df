import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALE_SETTINGS, LOCALES, isLocale, languageVersions, localePath, perLocale, splitLocale } from './locales.ts';

describe('localePath', () => {
  it.each([
    ['en', '/', '/'],
    ['ru', '/', '/ru/'],
    ['ru', '/tiers/gold/', '/ru/tiers/gold/'],
    ['ru', '/partners/?q=mail#results', '/ru/partners/?q=mail#results'],
    ['ru', '/ru/tiers/', '/ru/tiers/'],
    ['en', '/ru/tiers/', '/tiers/'],
    // Other addresses stay as they are: another site, a protocol-relative address, a mail link, an anchor.
    ['ru', 'https://polynya.example/tiers/', 'https://polynya.example/tiers/'],
    ['ru', '//attacker.example/', '//attacker.example/'],
    ['ru', 'mailto:partners@polynya.example', 'mailto:partners@polynya.example'],
    ['ru', '#main', '#main'],
    // A path that merely begins with the letters of a language is not in it.
    ['ru', '/rules/', '/ru/rules/'],
    ['en', '/rules/', '/rules/'],
  ] as const)('%s %s → %s', (locale, path, expected) => {
    expect(localePath(locale, path)).toBe(expected);
  });

  it('gives back the same page in every language, whatever language it started in', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/).filter((part) => !isLocale(part));
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...LOCALES),
        (parts, from, to) => {
          const path = `/${parts.map((part) => `${part}/`).join('')}`;
          expect(splitLocale(localePath(to, localePath(from, path)))).toEqual({ locale: to, path });
        },
      ),
    );
  });
});

describe('splitLocale', () => {
  it.each([
    ['/', 'en', '/'],
    ['/ru/', 'ru', '/'],
    ['/ru', 'ru', '/'],
    ['/ru/partners/', 'ru', '/partners/'],
    ['/en/partners/', 'en', '/en/partners/'],
    ['/rules/', 'en', '/rules/'],
    ['/de/partners/', 'en', '/de/partners/'],
  ] as const)('%s is %s %s', (path, locale, bare) => {
    expect(splitLocale(path)).toEqual({ locale, path: bare });
  });

  it('knows only its own languages', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    for (const value of ['de', 'EN', '', 'ru-RU', '__proto__', undefined, 1]) expect(isLocale(value)).toBe(false);
  });
});

describe('languageVersions', () => {
  it.each([
    ['/', '/', '/ru/'],
    ['/ru/', '/', '/ru/'],
    ['/partners/taiga-networks/', '/partners/taiga-networks/', '/ru/partners/taiga-networks/'],
    ['/ru/partners/taiga-networks/', '/partners/taiga-networks/', '/ru/partners/taiga-networks/'],
    ['/rules/', '/rules/', '/ru/rules/'],
  ] as const)('lists %s in English as %s and in Russian as %s', (path, en, ru) => {
    expect(languageVersions(path)).toEqual([
      { locale: 'en', path: en },
      { locale: 'ru', path: ru },
    ]);
  });

  it('gives the same versions from every version', () => {
    for (const path of ['/', '/tiers/gold/', '/ru/faq/']) {
      const versions = languageVersions(path);
      for (const version of versions) expect(languageVersions(version.path)).toEqual(versions);
    }
  });
});

describe('perLocale', () => {
  it('makes each language’s value the first time that language asks, once, from its settings', () => {
    const made: string[] = [];
    const format = perLocale(({ intl }) => {
      made.push(intl);
      return new Intl.NumberFormat(intl);
    });
    expect(made).toEqual([]);
    const russian = format('ru');
    expect(made).toEqual([LOCALE_SETTINGS.ru.intl]);
    expect(format('ru')).toBe(russian);
    expect(format('en')).not.toBe(russian);
    expect(made).toEqual([LOCALE_SETTINGS.ru.intl, LOCALE_SETTINGS.en.intl]);
    expect(russian.format(10000).replace(/\s/g, ' ')).toBe('10 000');
  });
});
