interface Props {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  /** Id of the element announcing the number of results. */
  describedBy?: string;
}

/** The search field of a search island: a labelled `type="search"` input that never submits the page. */
export default function SearchBox({ id, label, value, placeholder, onChange, describedBy }: Props) {
  return (
    <form className="search-box" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={120}
        aria-describedby={describedBy}
      />
    </form>
  );
}
