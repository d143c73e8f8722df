/**
 * The words of the partner directory, the profile page and the shared search
 * in both languages: English exactly as the site has always written it,
 * Russian with its plural forms and its agreement.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';

const en = catalogue('en');
const ru = catalogue('ru');
/** Russian groups thousands with a no-break space. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('the directory’s status line', () => {
  it.each([
    [0, '', '0 partners'],
    [1, '', '1 partner'],
    [1234, 'mail', '1,234 partners for “mail”'],
  ])('%d for “%s” in English', (count, query, text) => {
    expect(en.directory.search.status(count, query)).toBe(text);
  });

  it.each([
    [1, '', 'Найден 1 партнёр'],
    [3, '', 'Найдено 3 партнёра'],
    [5, '', 'Найдено 5 партнёров'],
    [11, 'почта', 'Найдено 11 партнёров по запросу «почта»'],
    [21, '', 'Найден 21 партнёр'],
    [22, '', 'Найдено 22 партнёра'],
    [25, '', 'Найдено 25 партнёров'],
    [10000, '', 'Найдено 10 000 партнёров'],
  ])('%d for “%s” in Russian', (count, query, text) => {
    expect(plain(ru.directory.search.status(count, query))).toBe(text);
  });
});

describe('the directory’s empty result and notes', () => {
  it('writes English as before', () => {
    expect(en.directory.empty.filteredOut(1, 'mail')).toBe(
      '1 partner matches “mail”, but none of them with the chosen filters.',
    );
    expect(en.directory.empty.filteredOut(3, 'mail')).toBe(
      '3 partners match “mail”, but none of them with the chosen filters.',
    );
    expect(en.directory.empty.removeFilter('Services', 'Mail migration')).toBe('Remove services: Mail migration');
    expect(en.directory.ignoredWords(['zzz', 'qqq'])).toBe(
      'No partner matches “zzz” or “qqq”, so these results match your other words.',
    );
    expect(en.directory.showMore(24, 40)).toBe('Show 24 more (40 partners not shown)');
    expect(en.directory.showMore(1, 1)).toBe('Show 1 more (1 partner not shown)');
  });

  it.each([
    [1, 'По запросу «почта» нашёлся 1 партнёр, но он не подходит под выбранные фильтры.'],
    [2, 'По запросу «почта» нашлось 2 партнёра, но ни один из них не подходит под выбранные фильтры.'],
    [21, 'По запросу «почта» нашёлся 21 партнёр, но ни один из них не подходит под выбранные фильтры.'],
    [25, 'По запросу «почта» нашлось 25 партнёров, но ни один из них не подходит под выбранные фильтры.'],
  ])('agrees with %d partners found by the text alone in Russian', (count, text) => {
    expect(ru.directory.empty.filteredOut(count, 'почта')).toBe(text);
  });

  it('names one ignored word or several in Russian', () => {
    expect(ru.directory.ignoredWords(['ёлка'])).toMatch(/^Слово «ёлка» не встречается/);
    expect(ru.directory.ignoredWords(['ёлка', 'xyz', 'abc'])).toMatch(/^Слова «ёлка», «xyz» и «abc» не встречаются/);
  });

  it('offers the rest of the results in Russian', () => {
    expect(ru.directory.showMore(24, 118)).toBe('Показать ещё 24 из 118');
    expect(ru.directory.showMore(18, 18)).toBe('Показать ещё 18');
  });
});

describe('the listings without JavaScript', () => {
  it('write English as before', () => {
    expect(en.directory.facetPage.lead(1)).toBe('1 partner.');
    expect(en.directory.facetPage.lead(12)).toBe('12 partners.');
    expect(en.directory.facetPage.documentTitle('Services: Mail migration', 1)).toBe(
      'Services: Mail migration · Partners',
    );
    expect(en.directory.facetPage.documentTitle('Services: Mail migration', 2)).toBe(
      'Services: Mail migration, page 2 · Partners',
    );
    expect(en.directory.facetPage.description(12, 'Polynya Cloud', 'Services', 'Mail migration')).toBe(
      '12 Polynya Cloud partners for services: Mail migration.',
    );
    expect(en.directory.description(42, 'Polynya Cloud')).toBe(
      'Search 42 certified Polynya Cloud partners by city, region, service, industry and language.',
    );
    expect(en.directory.allPages.title(2, 5)).toBe('Find a partner, page 2 of 5');
    expect(en.directory.listing.pageOf(2, 5)).toBe('Page 2 of 5');
  });

  it.each([
    [1, 'Найден 1 партнёр.'],
    [4, 'Найдено 4 партнёра.'],
    [25, 'Найдено 25 партнёров.'],
  ])('count %d partners of a filter in Russian', (count, text) => {
    expect(ru.directory.facetPage.lead(count)).toBe(text);
  });

  it.each([
    [1, '1 сертифицированный партнёр Polynya Cloud'],
    [3, '3 сертифицированных партнёра Polynya Cloud'],
    [42, '42 сертифицированных партнёра Polynya Cloud'],
    [45, '45 сертифицированных партнёров Polynya Cloud'],
  ])('describe a directory of %d in Russian', (count, start) => {
    expect(ru.directory.description(count, 'Polynya Cloud').startsWith(`${start}:`)).toBe(true);
  });
});

describe('the shared search words', () => {
  it('write English as before', () => {
    expect(en.search.filters(0)).toBe('Filters');
    expect(en.search.filters(2)).toBe('Filters (2 chosen)');
    expect(en.search.matches(1)).toBe('1 match');
    expect(en.search.matches(1500)).toBe('1,500 matches');
  });

  it.each([
    [1, '1 результат'],
    [2, '2 результата'],
    [5, '5 результатов'],
    [21, '21 результат'],
    [1500, '1 500 результатов'],
  ])('count %d results in Russian', (count, text) => {
    expect(plain(ru.search.matches(count))).toBe(text);
  });

  it('count chosen filters in Russian', () => {
    expect(ru.search.filters(0)).toBe('Фильтры');
    expect(ru.search.filters(3)).toBe('Фильтры (выбрано: 3)');
  });
});

describe('the profile’s stale note', () => {
  it('writes English as before', () => {
    expect(en.partner.stale('14/09/2025', 12)).toBe(
      'This profile was last verified on 14/09/2025, more than 12 months ago. Check the details with the partner before you rely on them.',
    );
  });

  it.each([
    [1, 'больше 1 месяца назад'],
    [3, 'больше 3 месяцев назад'],
    [12, 'больше 12 месяцев назад'],
    [21, 'больше 21 месяца назад'],
  ])('counts %d months in Russian', (months, text) => {
    expect(ru.partner.stale('14.09.2025', months)).toContain(text);
  });
});

describe('while the later pieces of a large directory load', () => {
  it.each([
    [10_000, 100_000, false, 'Results so far from the first 10,000 of 100,000 partners; the others are loading.'],
    [
      10_000,
      10_001,
      true,
      'These results come from the first 10,000 of 10,001 partners: the others could not be loaded. Reload the page to search them all.',
    ],
  ])('says in English where %d of %d partners’ results come from', (searched, of, failed, text) => {
    expect(en.directory.partial(searched, of, failed)).toBe(text);
  });

  it.each([
    [10_000, 100_000, false, 'Пока это результаты среди первых 10 000 из 100 000 партнёров, остальные загружаются.'],
    [10_000, 10_001, false, 'Пока это результаты среди первых 10 000 из 10 001 партнёра, остальные загружаются.'],
    [
      30,
      42,
      true,
      'Это результаты среди первых 30 из 42 партнёров: остальных загрузить не удалось. Обновите страницу, чтобы искать по всем.',
    ],
  ])('says in Russian where %d of %d partners’ results come from, the noun agreeing', (searched, of, failed, text) => {
    expect(plain(ru.directory.partial(searched, of, failed))).toBe(text);
  });

  it('offers the radius choices without counts until they are the whole directory’s', () => {
    expect(en.directory.near.radius(50, undefined)).toBe('50 km');
    expect(en.directory.near.radius(50, 1200)).toBe('50 km (1,200)');
    expect(plain(ru.directory.near.radius(50, undefined))).toBe('50 км');
    expect(plain(ru.directory.near.radius(50, 1200))).toBe('50 км (1 200)');
  });
});
