import { search } from '../../lib/i18n/sections/search';
import type { Locale } from '../../lib/i18n/locales';

interface Props {
  suggestion: string;
  onPick: (suggestion: string) => void;
  /** The page's language. */
  locale: Locale;
}

/** "Did you mean …?" with the corrected query as a button that runs it. */
export default function DidYouMean({ suggestion, onPick, locale }: Props) {
  const { before, after } = search[locale].didYouMean;
  return (
    <>
      {before}{' '}
      <button type="button" className="button-link" onClick={() => onPick(suggestion)}>
        {suggestion}
      </button>
      {after}
    </>
  );
}
