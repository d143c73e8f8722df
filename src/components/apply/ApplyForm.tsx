import {
  applicationPayload,
  APPLICATION_FIELDS,
  emptyApplication,
  MAX_COMPANY,
  MAX_CONTACT_NAME,
  MAX_MESSAGE,
  validateApplication,
  type ApplicationField,
  type ApplicationValues,
} from '../../lib/application';
import type { FormFormat } from '../../lib/forms';
import { apply } from '../../lib/i18n/sections/apply';
import { localePath, type Locale } from '../../lib/i18n/locales';
import { ChoiceGroup, Consent, ContactFields, FormFrame, SelectField, TextField } from '../forms/fields';
import { form as formWords } from '../../lib/i18n/sections/form';
import { useEndpointForm } from '../forms/useEndpointForm';

interface Option {
  id: string;
  label: string;
}

interface Props {
  endpoint: string;
  format: FormFormat;
  contactEmail: string;
  partnerTypes: Option[];
  regions: Option[];
  services: Option[];
  /** The language of the page: the form's words and its error messages. */
  locale: Locale;
}

/**
 * The application form. Rendered at build time it is a plain HTML form that
 * posts to the endpoint; once hydrated it validates each field, sends the data
 * as the settings say, and keeps what was typed when sending fails.
 */
export default function ApplyForm({ endpoint, format, contactEmail, partnerTypes, regions, services, locale }: Props) {
  const t = apply[locale];
  const options = {
    partnerTypes: partnerTypes.map((o) => o.id),
    regions: regions.map((o) => o.id),
    services: services.map((o) => o.id),
  };
  const form = useEndpointForm<ApplicationValues, ApplicationField>({
    initial: emptyApplication,
    endpoint,
    format,
    order: APPLICATION_FIELDS,
    validate: (values) => validateApplication(values, options, locale),
    payload: applicationPayload,
    locale,
  });
  const { values, errors, status, set } = form;

  if (status.kind === 'sent') {
    return (
      <section className="form-done" aria-labelledby="apply-done-title" tabIndex={-1} ref={(el) => el?.focus()}>
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

  const { optional } = formWords[locale];
  return (
    <FormFrame
      form="apply"
      endpoint={endpoint}
      controls={form}
      failedTitle={t.failed.title}
      send={t.send}
      contactEmail={contactEmail}
      locale={locale}
    >
      <ContactFields
        form="apply"
        labels={t.fields}
        limits={{ company: MAX_COMPANY, contactName: MAX_CONTACT_NAME }}
        optional={optional}
        values={values}
        errors={errors}
        set={set}
      />
      <TextField
        form="apply"
        name="website"
        label={t.fields.website}
        optional={optional}
        error={errors.website}
        value={values.website}
        onValue={(website) => set({ website })}
        type="url"
        autoComplete="url"
        placeholder="https://"
      />
      <SelectField
        form="apply"
        name="partnerType"
        label={t.fields.partnerType}
        error={errors.partnerType}
        value={values.partnerType}
        onValue={(partnerType) => set({ partnerType })}
        choose={t.fields.choose}
        options={partnerTypes}
      />
      <ChoiceGroup
        form="apply"
        name="regions"
        label={t.fields.regions}
        error={errors.regions}
        options={regions}
        chosen={values.regions}
        onToggle={(id) => form.toggle('regions', id)}
      />
      <ChoiceGroup
        form="apply"
        name="services"
        label={t.fields.services}
        error={errors.services}
        options={services}
        chosen={values.services}
        onToggle={(id) => form.toggle('services', id)}
      />
      <TextField
        form="apply"
        name="clientsPerYear"
        label={t.fields.clientsPerYear}
        error={errors.clientsPerYear}
        value={values.clientsPerYear}
        onValue={(clientsPerYear) => set({ clientsPerYear })}
        inputMode="numeric"
      />
      <TextField
        form="apply"
        name="message"
        label={t.fields.message}
        hint={t.fields.messageHint}
        optional={optional}
        error={errors.message}
        value={values.message}
        onValue={(message) => set({ message })}
        multiline
        maxLength={MAX_MESSAGE}
      />
      <Consent
        form="apply"
        name="consent"
        error={errors.consent}
        checked={values.consent}
        onValue={(consent) => set({ consent })}
      >
        {t.fields.consentBefore}
        <a href={localePath(locale, '/program/terms/')}>{t.fields.consentLink}</a>
        {t.fields.consentAfter}
      </Consent>
    </FormFrame>
  );
}
