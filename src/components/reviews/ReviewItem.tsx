import type { ReviewCardData } from '../../lib/reviews';
import { reviews } from '../../lib/i18n/sections/reviews';
import type { Locale } from '../../lib/i18n/locales';
import './reviews.css';

interface Props {
  review: ReviewCardData;
  /** The partner's name, for the heading of its response. */
  partner: string;
  locale: Locale;
}

/** One client review with the partner's response; drawn at build time on profiles and live in the CMS preview. */
export default function ReviewItem({ review, partner, locale }: Props) {
  const t = reviews[locale];
  const stars = '★'.repeat(review.rating) + '☆'.repeat(5 - review.rating);
  return (
    <li className="review">
      <h3 lang={review.lang}>{review.title}</h3>
      <p className="review__meta">
        <span className="rating-badge__star" aria-hidden="true">
          {stars}
        </span>{' '}
        <span className="visually-hidden">{t.outOfFive(String(review.rating))}</span>
        {review.published && <> · {t.published(review.published)}</>}
      </p>
      <div className="review__text" lang={review.lang}>
        {review.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <p className="review__meta">
        <span lang={review.lang}>{review.reviewer}</span>
        {review.companySize && <> · {review.companySize}</>}
      </p>
      {review.services.length > 0 && (
        <p className="review__meta">
          {t.services}: {review.services.join(', ')}
          {review.projectEnded && <> · {t.projectEnded(review.projectEnded)}</>}
        </p>
      )}
      <p className={`review__status${review.verified ? '' : ' review__status--unverified'}`}>
        {review.verified ? t.verified : t.unverified}
      </p>
      {review.response && (
        <div className="review__response">
          <h4>{t.response(partner)}</h4>
          {review.response.map((paragraph, index) => (
            <p key={index} lang={review.lang}>
              {paragraph}
            </p>
          ))}
        </div>
      )}
    </li>
  );
}
