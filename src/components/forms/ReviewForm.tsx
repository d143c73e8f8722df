import type { FormFormat } from '../../lib/forms';
import type { Locale } from '../../lib/i18n/locales';
import { reviewForm } from '../../lib/i18n/sections/review-form';
import {
  emptyReview,
  REVIEW_FORM_FIELDS,
  REVIEW_FORM_ORDER,
  reviewPayload,
  validateReview,
  type ReviewFormField,
  type ReviewFormValues,
} from '../../lib/review-form';
import { ChoiceGroup, Consent, FormFrame, SelectField, TextField } from './fields';
import { useEndpointForm } from './useEndpointForm';

interface Props {
  endpoint: string;
  format: FormFormat;
  contactEmail: string;
  partner: string;
  /** The partner's services, in the page's language: what the reviewer can say it did. */
  services: { id: string; label: string }[];
  /** The client sizes of site settings, in the page's language. */
  sizes: { id: string; label: string }[];
  locale: Locale;
}

const max = (name: ReviewFormField) => REVIEW_FORM_FIELDS.find((field) => field.name === name)?.max ?? 0;

/** "Review this partner": a plain HTML form without JavaScript, checked in place with it. */
export default function ReviewForm({ endpoint, format, contactEmail, partner, services, sizes, locale }: Props) {
  const t = reviewForm[locale];
  const options = { services: services.map((service) => service.id), sizes: sizes.map((size) => size.id) };
  const form = useEndpointForm<ReviewFormValues, ReviewFormField>({
    initial: emptyReview,
    endpoint,
    format,
    order: REVIEW_FORM_ORDER,
    validate: (values) => validateReview(values, options, locale),
    payload: (values) => reviewPayload(values, { partner, locale }),
    locale,
  });
  const { values, errors, status, set } = form;

  if (status.kind === 'sent') {
    return (
      <section className="form-done" aria-labelledby="review-done-title" tabIndex={-1} ref={(el) => el?.focus()}>
        <h3 id="review-done-title">{t.done.title(values.reviewerName.trim())}</h3>
        <p>{t.done.next}</p>
      </section>
    );
  }

  const text = (name: 'title' | 'reviewerName' | 'reviewerRole' | 'company', autoComplete?: string) => (
    <TextField
      form="review"
      name={name}
      label={t.fields[name]}
      error={errors[name]}
      value={values[name]}
      onValue={(value) => set({ [name]: value })}
      maxLength={max(name)}
      autoComplete={autoComplete}
    />
  );
  return (
    <FormFrame
      form="review"
      endpoint={endpoint}
      controls={form}
      failedTitle={t.failed.title}
      send={t.send}
      contactEmail={contactEmail}
      locale={locale}
    >
      <input type="hidden" name="partner" value={partner} />
      <input type="hidden" name="locale" value={locale} />
      <ChoiceGroup
        form="review"
        name="rating"
        label={t.fields.rating}
        error={errors.rating}
        multiple={false}
        options={[5, 4, 3, 2, 1].map((stars) => ({ id: String(stars), label: t.fields.stars(stars) }))}
        chosen={[values.rating]}
        onToggle={(rating) => set({ rating })}
      />
      {text('title')}
      <TextField
        form="review"
        name="text"
        label={t.fields.text}
        hint={t.fields.textHint}
        error={errors.text}
        value={values.text}
        onValue={(value) => set({ text: value })}
        multiline
        maxLength={max('text')}
      />
      {text('reviewerName', 'name')}
      {text('reviewerRole', 'organization-title')}
      {text('company', 'organization')}
      <SelectField
        form="review"
        name="companySize"
        label={t.fields.companySize}
        error={errors.companySize}
        value={values.companySize}
        onValue={(companySize) => set({ companySize })}
        choose={t.fields.choose}
        options={sizes}
      />
      <ChoiceGroup
        form="review"
        name="services"
        label={t.fields.services}
        error={errors.services}
        options={services}
        chosen={values.services}
        onToggle={(id) => form.toggle('services', id)}
      />
      <TextField
        form="review"
        name="projectEnded"
        label={t.fields.projectEnded}
        error={errors.projectEnded}
        value={values.projectEnded}
        onValue={(projectEnded) => set({ projectEnded })}
        type="date"
        max={new Date().toISOString().slice(0, 10)}
      />
      <TextField
        form="review"
        name="email"
        label={t.fields.email}
        hint={t.fields.emailHint}
        error={errors.email}
        value={values.email}
        onValue={(email) => set({ email })}
        type="email"
        autoComplete="email"
      />
      <Consent
        form="review"
        name="consent"
        error={errors.consent}
        checked={values.consent}
        onValue={(consent) => set({ consent })}
      >
        {t.fields.consent}
      </Consent>
    </FormFrame>
  );
}
