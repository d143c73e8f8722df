import '../search/search.css';
import { library } from '../../lib/i18n/sections/library';
import { localePath, type Locale } from '../../lib/i18n/locales';
import type { LibraryData, LibraryItem } from '../../lib/library';

interface Props {
  item: LibraryItem;
  facets: LibraryData['facets'];
  /** Date of the latest update, formatted for the page's language. */
  date: string;
  locale: Locale;
}

/** One resource in the library list; rendered at build time and by the search island. */
export default function ResourceCard({ item, facets, date, locale }: Props) {
  const t = library[locale].card;
  const type = facets.type[item.values.type[0] ?? -1]?.label ?? '';
  const topics = item.values.topic.map((value) => facets.topic[value]?.label ?? '').filter(Boolean);
  return (
    <li className="result-card">
      <p className="result-card__meta">
        <span className="resource-card__type">{type}</span> · <time>{date}</time> · {item.access}
      </p>
      <h3 className="result-card__title">
        <a href={localePath(locale, `/resources/${item.slug}/`)}>{item.title}</a>
      </h3>
      <p>{item.summary}</p>
      <p className="result-card__meta">
        <span className="visually-hidden">{t.topics}</span>
        {topics.join(' · ')}
      </p>
    </li>
  );
}
