import { useEffect, useState } from 'react';
import type { FormFormat } from '../../lib/forms';
import { lead } from '../../lib/i18n/sections/lead';
import type { Locale } from '../../lib/i18n/locales';
import { lastSearch, onSearchChange } from '../../lib/last-search';
import {
  emptyLead,
  LEAD_FIELDS,
  LEAD_ORDER,
  leadPayload,
  readableSearch,
  searchContext,
  START_OPTIONS,
  validateLead,
  type LeadField,
  type LeadValues,
} from '../../lib/lead';
import { ChoiceGroup, Consent, ContactFields, FormFrame, SelectField, TextField } from './fields';
import { form as formWords } from '../../lib/i18n/sections/form';
import { useEndpointForm } from './useEndpointForm';

interface Option {
  id: string;
  label: string;
}

interface Props {
  endpoint: string;
  format: FormFormat;
  contactEmail: string;
  /** The partners asked (at most three); none for the partner team to match. */
  partners: { id: string; name: string }[];
  services: Option[];
  /** Services ticked at first: the partner's own. */
  preselected?: string[] | undefined;
  budgets: Option[];
  /** Business days within which an answer comes, from site settings. */
  responseDays: number;
  locale: Locale;
}

const max = (name: LeadField) => LEAD_FIELDS.find((field) => field.name === name)?.max ?? 0;

/**
 * The proposal request. Rendered at build time it is a plain HTML form that
 * posts to the endpoint; once hydrated it checks each field, sends the data
 * with the partners, the page's language and the directory search, and keeps
 * what was typed when sending fails.
 */
export default function LeadForm(props: Props) {
  const { endpoint, format, contactEmail, partners, services, budgets, responseDays, locale } = props;
  const t = lead[locale];
  const [search, setSearch] = useState('');
  useEffect(() => {
    const read = () => setSearch(searchContext(lastSearch()));
    read();
    return onSearchChange(read);
  }, []);
  const options = { services: services.map((o) => o.id), budgets: budgets.map((o) => o.id) };
  const form = useEndpointForm<LeadValues, LeadField>({
    initial: () => emptyLead(props.preselected?.filter((id) => options.services.includes(id))),
    endpoint,
    format,
    order: LEAD_ORDER,
    validate: (values) => validateLead(values, options, locale),
    payload: (values) => leadPayload(values, { partners: partners.map((p) => p.id), locale, search }),
    locale,
  });
  const { values, errors, status, set } = form;
  const names = partners.map((partner) => partner.name);

  if (status.kind === 'sent') {
    return (
      <section className="form-done" aria-labelledby="lead-done-title" tabIndex={-1} ref={(el) => el?.focus()}>
        <h3 id="lead-done-title">{t.done.title(values.contactName.trim())}</h3>
        <p>{t.done.sentTo(names)}</p>
        <p>{t.done.next(responseDays, values.email.trim())}</p>
      </section>
    );
  }

  const { optional } = formWords[locale];
  return (
    <FormFrame
      form="lead"
      endpoint={endpoint}
      controls={form}
      failedTitle={t.failed.title}
      send={t.send}
      contactEmail={contactEmail}
      locale={locale}
    >
      <p className="form-hint">{t.to(names)}</p>
      {partners.map((partner) => (
        <input key={partner.id} type="hidden" name="partners" value={partner.id} />
      ))}
      <input type="hidden" name="locale" value={locale} />
      {search && <input type="hidden" name="search" value={search} />}
      <ContactFields
        form="lead"
        labels={t.fields}
        limits={{ company: max('company'), contactName: max('contactName') }}
        optional={optional}
        values={values}
        errors={errors}
        set={set}
      />
      <TextField
        form="lead"
        name="users"
        label={t.fields.users}
        hint={t.fields.usersHint}
        error={errors.users}
        value={values.users}
        onValue={(users) => set({ users })}
        inputMode="numeric"
      />
      <ChoiceGroup
        form="lead"
        name="services"
        label={t.fields.services}
        error={errors.services}
        options={services}
        chosen={values.services}
        onToggle={(id) => form.toggle('services', id)}
      />
      <SelectField
        form="lead"
        name="budget"
        label={t.fields.budget}
        error={errors.budget}
        value={values.budget}
        onValue={(budget) => set({ budget })}
        choose={t.fields.choose}
        options={budgets}
      />
      <SelectField
        form="lead"
        name="start"
        label={t.fields.start}
        error={errors.start}
        value={values.start}
        onValue={(start) => set({ start })}
        choose={t.fields.choose}
        options={START_OPTIONS.map((id) => ({ id, label: t.start[id] }))}
      />
      <TextField
        form="lead"
        name="message"
        label={t.fields.message}
        hint={t.fields.messageHint}
        optional={optional}
        error={errors.message}
        value={values.message}
        onValue={(message) => set({ message })}
        multiline
        maxLength={max('message')}
      />
      {search && <p className="form-hint">{t.fromSearch(readableSearch(search))}</p>}
      <Consent
        form="lead"
        name="consent"
        error={errors.consent}
        checked={values.consent}
        onValue={(consent) => set({ consent })}
      >
        {names.length > 0 ? t.fields.consent(names.join(', ')) : t.fields.consentTeam}
      </Consent>
    </FormFrame>
  );
}
