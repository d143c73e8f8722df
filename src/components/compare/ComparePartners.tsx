import { useEffect, useMemo, useState, type ComponentProps } from 'react';
import { compareHref, parseCompareIds } from '../../lib/compare';
import { comparisonRows, type CompareContext, type ComparedFacts } from '../../lib/comparison';
import { placeOf, type DirectoryData } from '../../lib/directory';
import { compare as words } from '../../lib/i18n/sections/compare';
import { LOCALE_SETTINGS, localePath, type Locale } from '../../lib/i18n/locales';
import { formatMoney, toMinorUnits, type MoneyFormat } from '../../lib/money';
import { isStale } from '../../lib/partners';
import LeadForm from '../forms/LeadForm';
import { comparedPartners, setComparedPartners } from './compare-store';
import './compare.css';

interface Props {
  locale: Locale;
  /** Labels of the ids in the facts, in the page's language. */
  facets: CompareContext['facets'];
  cities: DirectoryData['cities'];
  format: MoneyFormat;
  staleAfterMonths: number;
  /** The proposal request's settings; absent when the site takes no requests. */
  request?: Omit<ComponentProps<typeof LeadForm>, 'partners' | 'locale'> | undefined;
}

type Loaded =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; partners: ComparedFacts[]; dropped: number };

/** Where one partner's facts are: the same file for every language. */
const factsUrl = (slug: string) => `/partners/facts/${slug}.json`;

async function loadFacts(slugs: readonly string[]): Promise<Extract<Loaded, { state: 'ready' }>> {
  const answers = await Promise.all(
    slugs.map(async (slug) => {
      const response = await fetch(factsUrl(slug));
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`${factsUrl(slug)} answered ${response.status}`);
      const facts = (await response.json()) as ComparedFacts;
      return facts.slug === slug ? facts : undefined;
    }),
  );
  const partners = answers.filter((facts) => facts !== undefined);
  return { state: 'ready', partners, dropped: slugs.length - partners.length };
}

/**
 * The comparison of the partners in the address (`?ids=a,b,c`), or, without any, of those in the tray; the
 * address then names them, so it can be shared. Each column links to the profile and can be removed; the
 * proposal request below asks all of them at once.
 */
export default function ComparePartners({ locale, facets, cities, format, staleAfterMonths, request }: Props) {
  const t = words[locale];
  const [slugs, setSlugs] = useState<string[] | null>(null);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const near = useMemo(
    () => (typeof window === 'undefined' ? '' : (new URLSearchParams(window.location.search).get('near') ?? '')),
    [],
  );

  useEffect(() => {
    const asked = parseCompareIds(window.location.search);
    const chosen = asked.length > 0 ? asked : comparedPartners().map((partner) => partner.slug);
    setSlugs(chosen);
  }, []);

  useEffect(() => {
    if (!slugs) return;
    window.history.replaceState(null, '', compareHref(window.location.pathname, slugs, near));
    let current = true;
    setLoaded({ state: 'loading' });
    loadFacts(slugs)
      .then((ready) => current && setLoaded(ready))
      .catch(() => current && setLoaded({ state: 'failed' }));
    return () => {
      current = false;
    };
  }, [slugs, near]);

  const context = useMemo((): CompareContext => {
    const { intl } = LOCALE_SETTINGS[locale];
    const dates = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const numbers = new Intl.NumberFormat(intl);
    const place = placeOf({ cities }, near);
    return {
      facets,
      cities,
      words: t,
      money: (amount) => formatMoney(toMinorUnits(amount, format.currency), format),
      date: (day) => dates.format(new Date(`${day}T00:00:00Z`)),
      number: (value) => numbers.format(value),
      stale: (day) =>
        isStale(new Date(`${day}T00:00:00Z`), new Date(), staleAfterMonths) ? staleAfterMonths : undefined,
      place,
      profile: (slug) => localePath(locale, `/partners/${slug}/`),
    };
  }, [locale, facets, cities, format, staleAfterMonths, near, t]);

  // Nothing before the island runs: without JavaScript the page's own note says what the comparison needs.
  if (!slugs) return null;
  if (loaded.state === 'loading') return <p role="status">{t.loading}</p>;
  if (loaded.state === 'failed') return <p role="alert">{t.failed}</p>;

  const { partners, dropped } = loaded;
  const remove = (slug: string) => {
    const rest = (slugs ?? []).filter((id) => id !== slug);
    setComparedPartners(comparedPartners().filter((partner) => partner.slug !== slug));
    setSlugs(rest);
  };
  const directory = localePath(locale, '/partners/');
  const rows = comparisonRows(partners, context);
  let group: string | undefined;

  return (
    <div className="compare">
      {dropped > 0 && <p role="note">{t.dropped(dropped)}</p>}
      {partners.length < 2 && (
        <p>
          {t.empty} <a href={directory}>{t.backToDirectory}</a>
        </p>
      )}
      {partners.length > 0 && (
        <div className="compare__scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
          <table className="compare__table">
            <caption id="compare-caption" className="visually-hidden">
              {t.title}
            </caption>
            <thead>
              <tr>
                <td className="compare__corner">
                  <span className="visually-hidden">{t.fact}</span>
                </td>
                {partners.map((partner) => (
                  <th key={partner.slug} scope="col">
                    <a
                      href={context.profile(partner.slug)}
                      lang={partner.writtenIn === locale ? undefined : partner.writtenIn}
                    >
                      {partner.name}
                    </a>
                    <button type="button" className="button-link compare__remove" onClick={() => remove(partner.slug)}>
                      {t.removeColumn(partner.name)}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.flatMap((row) => {
                const heading =
                  row.group && row.group !== group ? (
                    <tr key={`group-${row.id}`} className="compare__group">
                      <th scope="rowgroup" colSpan={partners.length + 1}>
                        {row.group}
                      </th>
                    </tr>
                  ) : null;
                group = row.group;
                return [
                  heading,
                  <tr key={row.id} className={row.differs ? 'compare__differs' : undefined}>
                    <th scope="row">
                      {row.title}
                      {row.differs && partners.length > 1 && <span className="visually-hidden"> ({t.differs})</span>}
                    </th>
                    {row.cells.map((cell, at) => (
                      <td
                        key={partners[at]?.slug ?? at}
                        className={cell.mark === undefined ? undefined : 'compare__mark'}
                      >
                        {cell.mark === undefined ? (
                          cell.text
                        ) : (
                          <>
                            <span aria-hidden="true">{cell.mark ? '✓' : '—'}</span>
                            <span className="visually-hidden">{cell.text}</span>
                          </>
                        )}
                        {cell.note && <span className="compare__note">{cell.note}</span>}
                      </td>
                    ))}
                  </tr>,
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
      {request && partners.length > 0 && (
        <details className="folded-form" id="compare-request">
          <summary>{t.request(partners.map((partner) => partner.name))}</summary>
          <LeadForm {...request} partners={partners.map(({ slug, name }) => ({ id: slug, name }))} locale={locale} />
        </details>
      )}
      <p>
        <a href={near ? `${directory}?near=${encodeURIComponent(near)}` : directory}>{t.backToDirectory}</a>
      </p>
    </div>
  );
}
