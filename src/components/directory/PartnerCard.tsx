import '../search/search.css';
import type { PartnerCardData } from '../../lib/directory';
import { directory } from '../../lib/i18n/sections/directory';
import { localePath, type Locale } from '../../lib/i18n/locales';
import RatingBadge from '../reviews/RatingBadge';

interface Props {
  partner: PartnerCardData;
  /** The page's language: the card links to the profile in it. */
  locale: Locale;
  /** The name of the place distances are measured from, '' for the visitor's position. */
  from?: string | undefined;
}

/** One partner in a result list; rendered at build time on static pages and by the search island. */
export default function PartnerCard({ partner, locale, from = '' }: Props) {
  const t = directory[locale];
  const place = [partner.city, partner.regions.join(', ')].filter(Boolean).join(' · ');
  const { distance } = partner;
  return (
    <li className="result-card">
      <div className="partner-card__head">
        <h3 className="result-card__title" lang={partner.lang}>
          <a href={localePath(locale, `/partners/${partner.slug}/`)}>{partner.name}</a>
        </h3>
        <span className="tier-badge" style={{ '--badge-colour': partner.tier.colour } as React.CSSProperties}>
          {partner.tier.label}
        </span>
        {/* The "Compare" button, drawn by compare-elements.ts where the page has its script. */}
        <compare-toggle className="partner-card__compare" data-slug={partner.slug} data-name={partner.name} />
      </div>
      {(distance || partner.booked) && (
        <p className="result-card__meta">
          {distance && (
            <span className="partner-card__distance">
              {'km' in distance ? t.card.distance(distance.km, from) : t.card.remote}
            </span>
          )}
          {distance && partner.booked && ' · '}
          {partner.booked && t.card.booked}
        </p>
      )}
      <p className="result-card__meta">
        {partner.rating && (
          <>
            <RatingBadge average={partner.rating.average} count={partner.rating.count} locale={locale} />
            {' · '}
          </>
        )}
        {partner.types.join(', ')}
        {place && <> · {place}</>}
      </p>
      <p className="partner-card__summary" lang={partner.lang}>
        {partner.summary}
      </p>
      <p className="result-card__meta">
        <span className="visually-hidden">{t.cardServices}</span>
        {partner.services.join(' · ')}
      </p>
    </li>
  );
}
