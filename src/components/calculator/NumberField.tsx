interface Props {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string | undefined;
  onChange: (value: string) => void;
  /** Adds a slider for pointer users; the text field stays the accessible control. */
  slider?: { min: number; max: number; step: number } | undefined;
  inputMode?: 'numeric' | 'decimal';
}

/** A labelled number field that keeps whatever is typed and shows its problem next to it. */
export default function NumberField({ id, label, value, error, hint, onChange, slider, inputMode = 'numeric' }: Props) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const numeric = Number(value.replace(',', '.'));
  return (
    <div className={`calc-field${error ? ' calc-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="calc-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="calc-field__controls">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(event) => onChange(event.target.value)}
        />
        {slider && (
          <input
            type="range"
            min={slider.min}
            max={slider.max}
            step={slider.step}
            value={Number.isFinite(numeric) ? Math.min(slider.max, Math.max(slider.min, numeric)) : slider.min}
            onChange={(event) => onChange(event.target.value)}
            aria-hidden="true"
            tabIndex={-1}
          />
        )}
      </div>
      {error && (
        <p className="calc-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
