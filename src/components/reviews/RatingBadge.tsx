import { perLocale, type Locale } from '../../lib/i18n/locales';
import { reviews } from '../../lib/i18n/sections/reviews';
import './reviews.css';

interface Props {
  /** The plain average of the verified reviews, and how many there are (at least one). */
  average: number;
  count: number;
  locale: Locale;
}

/** One decimal in each language, made once: a results list draws dozens of badges per keystroke. */
const oneDecimal = perLocale(
  ({ intl }) => new Intl.NumberFormat(intl, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
);

/** A partner's rating as people read it: "★ 4.8 · 12 reviews", said in words to screen readers. */
export default function RatingBadge({ average, count, locale }: Props) {
  const t = reviews[locale];
  const shown = oneDecimal(locale).format(Math.round(average * 10) / 10);
  return (
    <span className="rating-badge">
      <span aria-hidden="true">
        <span className="rating-badge__star">★</span> {shown} · {t.count(count)}
      </span>
      <span className="visually-hidden">{t.rated(shown, count)}</span>
    </span>
  );
}
