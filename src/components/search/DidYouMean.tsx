interface Props {
  suggestion: string;
  onPick: (suggestion: string) => void;
}

/** "Did you mean …?" with the corrected query as a button that runs it. */
export default function DidYouMean({ suggestion, onPick }: Props) {
  return (
    <>
      Did you mean{' '}
      <button type="button" className="button-link" onClick={() => onPick(suggestion)}>
        {suggestion}
      </button>
      ?
    </>
  );
}
