/**
 * The parts every endpoint form is made of, so the application, the proposal
 * request and the review look and behave alike: a label above each field, an
 * optional mark, a hint, the error under the field and tied to it with
 * `aria-describedby`, and `data-field` where focus goes on a refused send.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';
import { HONEYPOT_FIELD } from '../../lib/forms';
import './forms.css';

interface Common {
  /** Prefix of element ids, one per form on a page ("lead", "review"). */
  form: string;
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** The words after the label of a field that may be left empty; none for a required field. */
  optional?: string | undefined;
}

const idOf = (form: string, name: string) => `${form}-${name}`;
const describedBy = (form: string, name: string, hint: boolean, error: boolean) =>
  [hint ? `${idOf(form, name)}-hint` : '', error ? `${idOf(form, name)}-error` : ''].filter(Boolean).join(' ') ||
  undefined;

function FieldError({ form, name, error }: Pick<Common, 'form' | 'name' | 'error'>) {
  return error ? (
    <p className="form-error" id={`${idOf(form, name)}-error`}>
      {error}
    </p>
  ) : null;
}

function Label({ form, name, label, optional }: Pick<Common, 'form' | 'name' | 'label' | 'optional'>) {
  return (
    <label htmlFor={idOf(form, name)}>
      {label}
      {optional && <span className="form-optional">{optional}</span>}
    </label>
  );
}

function Hint({ form, name, hint }: Pick<Common, 'form' | 'name' | 'hint'>) {
  return hint ? (
    <p className="form-hint" id={`${idOf(form, name)}-hint`}>
      {hint}
    </p>
  ) : null;
}

export function TextField({
  form,
  name,
  label,
  error,
  hint,
  optional,
  value,
  onValue,
  multiline,
  ...input
}: Common & {
  value: string;
  onValue: (value: string) => void;
  multiline?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'value'>) {
  const shared = {
    id: idOf(form, name),
    name,
    'data-field': name,
    value,
    required: !optional,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(form, name, Boolean(hint), Boolean(error)),
  } as const;
  return (
    <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
      <Label form={form} name={name} label={label} optional={optional} />
      <Hint form={form} name={name} hint={hint} />
      {multiline ? (
        <textarea {...shared} rows={5} maxLength={input.maxLength} onChange={(event) => onValue(event.target.value)} />
      ) : (
        <input type="text" {...input} {...shared} onChange={(event) => onValue(event.target.value)} />
      )}
      <FieldError form={form} name={name} error={error} />
    </div>
  );
}

export function SelectField({
  form,
  name,
  label,
  error,
  hint,
  value,
  onValue,
  choose,
  options,
}: Common & {
  value: string;
  onValue: (value: string) => void;
  /** The empty first choice. */
  choose: string;
  options: readonly { id: string; label: string }[];
}) {
  return (
    <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
      <Label form={form} name={name} label={label} />
      <Hint form={form} name={name} hint={hint} />
      <select
        id={idOf(form, name)}
        name={name}
        data-field={name}
        required
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(form, name, Boolean(hint), Boolean(error))}
        onChange={(event) => onValue(event.target.value)}
      >
        <option value="">{choose}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError form={form} name={name} error={error} />
    </div>
  );
}

/** A group of checkboxes (`multiple`) or radio buttons, one value each. */
export function ChoiceGroup({
  form,
  name,
  label,
  error,
  options,
  chosen,
  onToggle,
  multiple = true,
}: Common & {
  options: readonly { id: string; label: ReactNode }[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
  multiple?: boolean;
}) {
  return (
    <fieldset
      className={`form-choices${error ? ' form-field--invalid' : ''}`}
      aria-describedby={describedBy(form, name, false, Boolean(error))}
      data-field={name}
      tabIndex={-1}
    >
      <legend>{label}</legend>
      <div className="form-choices__grid">
        {options.map((option) => (
          <label key={option.id}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={chosen.includes(option.id)}
              onChange={() => onToggle(option.id)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError form={form} name={name} error={error} />
    </fieldset>
  );
}

export function Consent({
  form,
  name,
  error,
  checked,
  onValue,
  children,
}: Omit<Common, 'label'> & { checked: boolean; onValue: (checked: boolean) => void; children: ReactNode }) {
  return (
    <div className={`form-consent${error ? ' form-field--invalid' : ''}`}>
      <label>
        <input
          type="checkbox"
          name={name}
          value="yes"
          required
          data-field={name}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(form, name, false, Boolean(error))}
          onChange={(event) => onValue(event.target.checked)}
        />
        {children}
      </label>
      <FieldError form={form} name={name} error={error} />
    </div>
  );
}

/** The field people never see and bots fill in. */
export function Honeypot({
  form,
  label,
  value,
  onValue,
}: {
  form: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <div className="form-honeypot" aria-hidden="true">
      <label htmlFor={idOf(form, HONEYPOT_FIELD)}>{label}</label>
      <input
        type="text"
        id={idOf(form, HONEYPOT_FIELD)}
        name={HONEYPOT_FIELD}
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onValue(event.target.value)}
      />
    </div>
  );
}

/** Above the form: why the last send failed, and the address to write to instead; everything typed stays. */
export function FailedNotice({
  title,
  message,
  email,
  end,
}: {
  title: string;
  message: string;
  email: string;
  end: string;
}) {
  return (
    <div className="form-failed" role="alert">
      <p>
        <strong>{title}</strong>
        {message}
        <a href={`mailto:${email}`}>{email}</a>
        {end}
      </p>
    </div>
  );
}
