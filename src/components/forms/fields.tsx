/**
 * The parts every endpoint form is made of, so the application, the proposal
 * request and the review look and behave alike: a label above each field, an
 * optional mark, a hint, the error under the field and tied to it with
 * `aria-describedby`, and `data-field` where focus goes on a refused send.
 */
import type { InputHTMLAttributes, ReactNode, RefObject, SubmitEvent } from 'react';
import { HONEYPOT_FIELD } from '../../lib/forms';
import type { Locale } from '../../lib/i18n/locales';
import { form as formWords } from '../../lib/i18n/sections/form';
import type { FormStatus } from './useEndpointForm';
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

type ContactField = 'company' | 'contactName' | 'email' | 'phone';

/** Who is writing: company, name, email and an optional phone, the same four in every form that asks. */
export function ContactFields({
  form,
  labels,
  limits,
  optional,
  values,
  errors,
  set,
}: {
  form: string;
  labels: Record<ContactField, string>;
  limits: { company: number; contactName: number };
  /** The words after the phone's label. */
  optional: string;
  values: Record<ContactField, string>;
  errors: Partial<Record<ContactField, string>>;
  set: (patch: Partial<Record<ContactField, string>>) => void;
}) {
  const field = (name: ContactField, input: Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'value'>) => (
    <TextField
      form={form}
      name={name}
      label={labels[name]}
      optional={name === 'phone' ? optional : undefined}
      error={errors[name]}
      value={values[name]}
      onValue={(value) => set({ [name]: value })}
      {...input}
    />
  );
  return (
    <>
      {field('company', { autoComplete: 'organization', maxLength: limits.company })}
      {field('contactName', { autoComplete: 'name', maxLength: limits.contactName })}
      {field('email', { type: 'email', autoComplete: 'email' })}
      {field('phone', { type: 'tel', autoComplete: 'tel' })}
    </>
  );
}

/** The field people never see and bots fill in. */
function Honeypot({
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

/** What `useEndpointForm` gives the frame. */
interface FrameControls {
  formRef: RefObject<HTMLFormElement | null>;
  submit: (event: SubmitEvent<HTMLFormElement>) => void;
  status: FormStatus;
  attempted: boolean;
  errors: Partial<Record<string, string>>;
  values: { [HONEYPOT_FIELD]: string };
  set: (patch: { [HONEYPOT_FIELD]: string }) => void;
}

/**
 * The form around the fields: a plain HTML post to the endpoint without
 * JavaScript; with it, why the last send failed (the team's address offered,
 * everything typed kept), how many fields to fix, the honeypot and the button.
 */
export function FormFrame({
  form,
  endpoint,
  controls,
  failedTitle,
  send,
  contactEmail,
  locale,
  children,
}: {
  form: string;
  endpoint: string;
  controls: FrameControls;
  /** "Your … was not sent". */
  failedTitle: string;
  send: string;
  contactEmail: string;
  locale: Locale;
  children: ReactNode;
}) {
  const t = formWords[locale];
  const { status, errors } = controls;
  const wrong = Object.values(errors).filter(Boolean).length;
  return (
    <form
      ref={controls.formRef}
      className="endpoint-form"
      action={endpoint}
      method="post"
      noValidate
      onSubmit={controls.submit}
    >
      {status.kind === 'failed' && (
        <div className="form-failed" role="alert">
          <p>
            <strong>{failedTitle}</strong>
            {t.failed.keep(status.reason)}
            <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
            {t.failed.end}
          </p>
        </div>
      )}
      {controls.attempted && wrong > 0 && (
        <p className="form-summary" role="alert">
          {t.fixFields(wrong)}
        </p>
      )}
      {children}
      <Honeypot
        form={form}
        label={t.honeypot}
        value={controls.values[HONEYPOT_FIELD]}
        onValue={(value) => controls.set({ [HONEYPOT_FIELD]: value })}
      />
      <button type="submit" className="form-submit" disabled={status.kind === 'sending'}>
        {status.kind === 'sending' ? t.sending : send}
      </button>
    </form>
  );
}
