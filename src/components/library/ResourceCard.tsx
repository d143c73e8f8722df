import '../search/search.css';
import type { LibraryData, LibraryItem } from '../../lib/library';

interface Props {
  item: LibraryItem;
  facets: LibraryData['facets'];
  /** Date of the latest update, formatted for the site locale. */
  date: string;
}

/** One resource in the library list; rendered at build time and by the search island. */
export default function ResourceCard({ item, facets, date }: Props) {
  const type = facets.type[item.values.type[0] ?? -1]?.label ?? '';
  const topics = item.values.topic.map((value) => facets.topic[value]?.label ?? '').filter(Boolean);
  return (
    <li className="result-card">
      <p className="result-card__meta">
        <span className="resource-card__type">{type}</span> · <time>{date}</time> · {item.access}
      </p>
      <h3 className="result-card__title">
        <a href={`/resources/${item.slug}/`}>{item.title}</a>
      </h3>
      <p>{item.summary}</p>
      <p className="result-card__meta">
        <span className="visually-hidden">Topics: </span>
        {topics.join(' · ')}
      </p>
    </li>
  );
}
