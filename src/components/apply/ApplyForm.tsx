import { useRef, useState, type SubmitEvent } from 'react';
import {
  APPLICATION_FIELDS,
  applicationRequest,
  emptyApplication,
  HONEYPOT_FIELD,
  isBot,
  MAX_COMPANY,
  MAX_CONTACT_NAME,
  MAX_MESSAGE,
  validateApplication,
  type ApplicationErrors,
  type ApplicationField,
  type ApplicationValues,
} from '../../lib/application';
import { apply } from '../../lib/i18n/sections/apply';
import { localePath, type Locale } from '../../lib/i18n/locales';
import './apply.css';

interface Option {
  id: string;
  label: string;
}

interface Props {
  endpoint: string;
  format: 'form-data' | 'json';
  contactEmail: string;
  partnerTypes: Option[];
  regions: Option[];
  services: Option[];
  /** The language of the page: the form's words and its error messages. */
  locale: Locale;
}

type Status = { kind: 'editing' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'failed'; reason: string };

/**
 * The application form. Rendered at build time it is a plain HTML form that
 * posts to the endpoint; once hydrated it validates each field, sends the data
 * as the settings say, and keeps what was typed when sending fails.
 */
export default function ApplyForm({ endpoint, format, contactEmail, partnerTypes, regions, services, locale }: Props) {
  const t = apply[locale];
  const [values, setValues] = useState<ApplicationValues>(emptyApplication);
  const [errors, setErrors] = useState<ApplicationErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const options = {
    partnerTypes: partnerTypes.map((o) => o.id),
    regions: regions.map((o) => o.id),
    services: services.map((o) => o.id),
  };

  const set = (patch: Partial<ApplicationValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    // After a first attempt, errors follow the typing, so a fixed field stops complaining at once.
    if (attempted) setErrors(validateApplication(next, options, locale));
  };
  const toggle = (key: 'regions' | 'services', id: string) =>
    set({ [key]: values[key].includes(id) ? values[key].filter((v) => v !== id) : [...values[key], id] });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const found = validateApplication(values, options, locale);
    setErrors(found);
    const first = APPLICATION_FIELDS.find((field) => found[field]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    if (isBot(values)) {
      setStatus({ kind: 'sent' });
      return;
    }
    setStatus({ kind: 'sending' });
    try {
      const response = await fetch(endpoint, applicationRequest(values, format));
      setStatus(response.ok ? { kind: 'sent' } : { kind: 'failed', reason: t.failed.serverAnswered(response.status) });
    } catch {
      setStatus({ kind: 'failed', reason: t.failed.connectionFailed });
    }
  }

  if (status.kind === 'sent') {
    return (
      <section className="apply-done" aria-labelledby="apply-done-title" tabIndex={-1} ref={(el) => el?.focus()}>
        <h2 id="apply-done-title">{t.done.title(values.contactName.trim())}</h2>
        <p>{t.done.lead}</p>
        <ol>
          <li>{t.done.review(values.email.trim())}</li>
          <li>{t.done.agreement}</li>
          <li>
            {t.done.startBefore}
            <a href={localePath(locale, '/resources/')}>{t.done.startLink}</a>
            {t.done.startAfter}
          </li>
        </ol>
      </section>
    );
  }

  const described = (field: ApplicationField, hint?: boolean) =>
    [hint ? `apply-${field}-hint` : '', errors[field] ? `apply-${field}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const error = (field: ApplicationField) =>
    errors[field] ? (
      <p className="apply-error" id={`apply-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  const text = (
    field: 'company' | 'contactName' | 'email' | 'phone' | 'website' | 'clientsPerYear',
    label: string,
    props: Record<string, string | boolean> = {},
  ) => (
    <div className={`apply-field${errors[field] ? ' apply-field--invalid' : ''}`}>
      <label htmlFor={`apply-${field}`}>
        {label}
        {props.required ? '' : <span className="apply-optional">{t.fields.optional}</span>}
      </label>
      <input
        type="text"
        id={`apply-${field}`}
        name={field}
        data-field={field}
        value={values[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={described(field)}
        onChange={(event) => set({ [field]: event.target.value })}
        {...props}
      />
      {error(field)}
    </div>
  );
  const choices = (field: 'regions' | 'services', legend: string, list: Option[]) => (
    <fieldset
      className={`apply-choices${errors[field] ? ' apply-field--invalid' : ''}`}
      aria-describedby={described(field)}
      data-field={field}
      tabIndex={-1}
    >
      <legend>{legend}</legend>
      <div className="apply-choices__grid">
        {list.map((option) => (
          <label key={option.id}>
            <input
              type="checkbox"
              name={field}
              value={option.id}
              checked={values[field].includes(option.id)}
              onChange={() => toggle(field, option.id)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error(field)}
    </fieldset>
  );

  return (
    <form ref={formRef} className="apply-form" action={endpoint} method="post" noValidate onSubmit={submit}>
      {status.kind === 'failed' && (
        <div className="apply-failed" role="alert">
          <p>
            <strong>{t.failed.title}</strong>
            {t.failed.keep(status.reason)}
            <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
            {t.failed.end}
          </p>
        </div>
      )}
      {attempted && Object.keys(errors).length > 0 && (
        <p className="apply-summary" role="alert">
          {t.fixFields(Object.keys(errors).length)}
        </p>
      )}
      {text('company', t.fields.company, {
        required: true,
        autoComplete: 'organization',
        maxLength: String(MAX_COMPANY),
      })}
      {text('contactName', t.fields.contactName, {
        required: true,
        autoComplete: 'name',
        maxLength: String(MAX_CONTACT_NAME),
      })}
      {text('email', t.fields.email, { required: true, type: 'email', autoComplete: 'email' })}
      {text('phone', t.fields.phone, { type: 'tel', autoComplete: 'tel' })}
      {text('website', t.fields.website, { type: 'url', autoComplete: 'url', placeholder: 'https://' })}
      <div className={`apply-field${errors.partnerType ? ' apply-field--invalid' : ''}`}>
        <label htmlFor="apply-partnerType">{t.fields.partnerType}</label>
        <select
          id="apply-partnerType"
          name="partnerType"
          data-field="partnerType"
          required
          value={values.partnerType}
          aria-invalid={errors.partnerType ? true : undefined}
          aria-describedby={described('partnerType')}
          onChange={(event) => set({ partnerType: event.target.value })}
        >
          <option value="">{t.fields.choose}</option>
          {partnerTypes.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        {error('partnerType')}
      </div>
      {choices('regions', t.fields.regions, regions)}
      {choices('services', t.fields.services, services)}
      {text('clientsPerYear', t.fields.clientsPerYear, { required: true, inputMode: 'numeric' })}
      <div className={`apply-field${errors.message ? ' apply-field--invalid' : ''}`}>
        <label htmlFor="apply-message">
          {t.fields.message}
          <span className="apply-optional">{t.fields.optional}</span>
        </label>
        <p className="apply-hint" id="apply-message-hint">
          {t.fields.messageHint}
        </p>
        <textarea
          id="apply-message"
          name="message"
          data-field="message"
          rows={5}
          maxLength={MAX_MESSAGE}
          value={values.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={described('message', true)}
          onChange={(event) => set({ message: event.target.value })}
        />
        {error('message')}
      </div>
      <div className="apply-honeypot" aria-hidden="true">
        <label htmlFor="apply-fax">{t.fields.honeypot}</label>
        <input
          type="text"
          id="apply-fax"
          name={HONEYPOT_FIELD}
          tabIndex={-1}
          autoComplete="off"
          value={values.fax}
          onChange={(event) => set({ fax: event.target.value })}
        />
      </div>
      <div className={`apply-consent${errors.consent ? ' apply-field--invalid' : ''}`}>
        <label>
          <input
            type="checkbox"
            name="consent"
            value="yes"
            required
            data-field="consent"
            checked={values.consent}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={described('consent')}
            onChange={(event) => set({ consent: event.target.checked })}
          />
          {t.fields.consentBefore}
          <a href={localePath(locale, '/program/terms/')}>{t.fields.consentLink}</a>
          {t.fields.consentAfter}
        </label>
        {error('consent')}
      </div>
      <button type="submit" className="apply-submit" disabled={status.kind === 'sending'}>
        {status.kind === 'sending' ? t.sending : t.send}
      </button>
    </form>
  );
}
