/**
 * Preview templates: the editor's right-hand pane renders entries with the
 * site's own components (partner card, resource card, earnings calculator)
 * and stylesheets, using labels and prices from the last build, in the
 * language being edited.
 */
import { Suspense, use, type ReactNode } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import { store } from 'decap-cms-core/dist/esm/redux';
import EarningsCalculator from '../src/components/calculator/EarningsCalculator';
import PartnerCard from '../src/components/directory/PartnerCard';
import ResourceCard from '../src/components/library/ResourceCard';
import ReviewItem from '../src/components/reviews/ReviewItem';
import { formatDate } from '../src/lib/dates';
import { catalogue } from '../src/lib/i18n/catalogue';
import { DEFAULT_LOCALE, isLocale, TRANSLATED_LOCALES, type Locale } from '../src/lib/i18n/locales';
import { mergeTranslation } from '../src/lib/i18n/translations';
import { benefitRows, exampleClient } from '../src/lib/tiers';
import globalCss from '../src/styles/global.css?inline';
import searchCss from '../src/components/search/search.css?inline';
import calculatorCss from '../src/components/calculator/calculator.css?inline';
import reviewsCss from '../src/components/reviews/reviews.css?inline';
import previewCss from './preview.css?inline';
import { SafeMarkdown } from './safe-markdown';
import { partnerCard, resourceItem, reviewCard, tierTerms, tiersWithEdit, type PreviewData } from './preview-data';

let previewData: Promise<Record<Locale, PreviewData>> | undefined;
const previewDataIn = new Map<Locale, Promise<PreviewData>>();
/** The build's labels in one language; the same promise every time, as React's `use` needs. */
function loadPreviewData(locale: Locale): Promise<PreviewData> {
  let inLocale = previewDataIn.get(locale);
  if (!inLocale) {
    previewData ??= fetch('/admin/preview-data.json').then((response) => {
      if (!response.ok) throw new Error(`Preview data: HTTP ${response.status}`);
      return response.json() as Promise<Record<Locale, PreviewData>>;
    });
    inLocale = previewData.then((byLocale) => byLocale[locale]);
    previewDataIn.set(locale, inLocale);
  }
  return inLocale;
}

type Props = PreviewTemplateComponentProps;
type Data = Record<string, unknown>;
type Draft = { entryDraft?: { getIn(path: string[]): { toJS(): unknown } | undefined } };

/**
 * The language the preview pane shows and the entry's values in it. Decap hands
 * the preview the values of the language chosen above the left pane alone; the
 * values all languages share (rates, references, files) come from the draft,
 * merged under the translation as the site merges them.
 */
function edited(props: Props): { locale: Locale; data: Data } {
  const shown: unknown = props.entry.get('data');
  const locale =
    TRANSLATED_LOCALES.find((code) => shown !== undefined && shown === props.entry.getIn(['i18n', code, 'data'])) ??
    DEFAULT_LOCALE;
  const data = ((shown as { toJS(): unknown } | undefined)?.toJS() ?? {}) as Data;
  if (locale === DEFAULT_LOCALE) return { locale, data };
  const shared = ((store.getState() as Draft).entryDraft?.getIn(['entry', 'data'])?.toJS() ?? {}) as Data;
  return { locale, data: mergeTranslation(shared, data) };
}
const slugOf = (props: Props): string => String(props.entry.get('slug') ?? '');
const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** Where the editor's browser can show an upload: Decap serves one that is not published yet from memory. */
const assetOf = (props: Props) => (path: string) => props.getAsset(path)?.toString() || path;
const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function Header({
  eyebrow,
  title,
  lead,
  children,
}: {
  eyebrow: string;
  title: string;
  lead: string;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div className="container">
        <p className="eyebrow">{eyebrow}</p>
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
        {children}
      </div>
    </header>
  );
}

function Terms({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="terms">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function TierPreview(props: Props) {
  const { locale, data } = edited(props);
  const { calculator, planNames } = use(loadPreviewData(locale));
  const t = catalogue(locale);
  const tier = tierTerms(data);
  const name = tier.name || t.preview.empty.tier;
  const benefits = benefitRows(
    [tier],
    calculator.format,
    { ...t.tiers, ...t.commission },
    [planNames[tier.internalLicences.plan.id] ?? ''],
    exampleClient(calculator.plans),
  );
  return (
    <>
      <Header eyebrow={t.tiers.tier.eyebrow} title={name} lead={tier.summary}>
        <span className="tier-badge" style={{ '--badge-colour': tier.badgeColour || 'transparent' } as never}>
          {name}
        </span>
      </Header>
      <div className="container section preview-columns">
        <section>
          <h2>{t.tiers.requirements}</h2>
          <Terms rows={tier.requirements.map((row) => [row.label, row.value])} />
        </section>
        <section>
          <h2>{t.tiers.benefits}</h2>
          <Terms rows={benefits.map((row) => [row.label, row.cells[0] ?? '—'])} />
        </section>
        <SafeMarkdown source={data.body} asset={assetOf(props)} />
      </div>
      <section className="container section">
        <h2>{t.tiers.tier.estimate(name)}</h2>
        <EarningsCalculator
          tiers={tiersWithEdit(calculator.tiers, slugOf(props), data, locale)}
          plans={calculator.plans}
          format={calculator.format}
          locale={locale}
          initialTier={slugOf(props) || 'new-tier'}
        />
      </section>
    </>
  );
}

function PartnerPreview(props: Props) {
  const { locale, data } = edited(props);
  const directory = use(loadPreviewData(locale));
  const t = catalogue(locale);
  const card = partnerCard(slugOf(props), data, directory, locale);
  const contacts: [string, string][] = [
    [t.preview.contact.website, text(data.website)],
    [t.preview.contact.email, text(data.email)],
    [t.preview.contact.phone, text(data.phone)],
  ].filter((row): row is [string, string] => row[1] !== '');
  return (
    <>
      <Header eyebrow={t.preview.profile} title={card.name} lead={card.summary}>
        {text(data.logo) && (
          <img className="logo" src={assetOf(props)(text(data.logo))} alt={t.preview.logo} width="64" height="64" />
        )}
      </Header>
      <div className="container section">
        <h2>{t.preview.inDirectory}</h2>
        <ul className="result-list preview-card">
          <PartnerCard partner={card} locale={locale} />
        </ul>
        <h2>{t.partner.about(card.name)}</h2>
        <SafeMarkdown source={data.body} asset={assetOf(props)} />
        {contacts.length > 0 && <Terms rows={contacts} />}
      </div>
    </>
  );
}

function ResourcePreview(props: Props) {
  const { locale, data } = edited(props);
  const { libraryFacets, intl } = use(loadPreviewData(locale));
  const t = catalogue(locale);
  const item = resourceItem(slugOf(props), data, libraryFacets, locale);
  const published = text(data.updated) || text(data.published);
  const date = published && !Number.isNaN(Date.parse(published)) ? formatDate(new Date(published), intl) : '';
  return (
    <>
      <Header eyebrow={t.library.filtered.eyebrow} title={item.title} lead={item.summary} />
      <div className="container section">
        <h2>{t.preview.inLibrary}</h2>
        <ul className="result-list preview-card">
          <ResourceCard item={item} facets={libraryFacets} date={date} locale={locale} />
        </ul>
        <SafeMarkdown source={data.body} asset={assetOf(props)} />
      </div>
    </>
  );
}

function PagePreview(props: Props) {
  const { locale, data } = edited(props);
  const t = catalogue(locale).preview;
  const highlights = list<Data>(data.highlights);
  return (
    <>
      <Header eyebrow={t.program} title={text(data.title) || t.empty.page} lead={text(data.description)} />
      <div className="container section">
        {highlights.length > 0 && (
          <ul className="preview-highlights">
            {highlights.map((highlight, index) => (
              <li key={index} className="card">
                <h2>{text(highlight.title)}</h2>
                <p>{text(highlight.text)}</p>
              </li>
            ))}
          </ul>
        )}
        <SafeMarkdown source={data.body} asset={assetOf(props)} />
      </div>
    </>
  );
}

function FaqPreview(props: Props) {
  const { locale, data } = edited(props);
  const t = catalogue(locale).preview;
  return (
    <>
      <Header eyebrow={t.question} title={text(data.question) || t.empty.question} lead="" />
      <div className="container section">
        <SafeMarkdown source={data.body} asset={assetOf(props)} />
      </div>
    </>
  );
}

/** A review as its partner's profile shows it, in the language the review is written in. */
function ReviewPreview(props: Props) {
  const { data } = edited(props);
  const locale = isLocale(data.writtenIn) ? data.writtenIn : DEFAULT_LOCALE;
  const { directoryFacets } = use(loadPreviewData(locale));
  const t = catalogue(locale);
  return (
    <div className="container section">
      <h2>{t.reviews.heading}</h2>
      <ul className="review-list">
        <ReviewItem review={reviewCard(data, directoryFacets, locale)} partner={t.preview.thePartner} locale={locale} />
      </ul>
    </div>
  );
}

/** Each preview waits for the build's labels, and says so if they cannot be loaded. */
const withData = (Preview: (props: Props) => ReactNode) =>
  function PreviewWithData(props: Props) {
    return (
      <Suspense fallback={<p className="container">{catalogue(edited(props).locale).preview.loading}</p>}>
        <Preview {...props} />
      </Suspense>
    );
  };

export function registerPreviews(cms: CMS): void {
  for (const css of [globalCss, searchCss, calculatorCss, reviewsCss, previewCss]) {
    cms.registerPreviewStyle(css, { raw: true });
  }
  cms.registerPreviewTemplate('tiers', withData(TierPreview));
  cms.registerPreviewTemplate('partners', withData(PartnerPreview));
  cms.registerPreviewTemplate('resources', withData(ResourcePreview));
  cms.registerPreviewTemplate('pages', withData(PagePreview));
  cms.registerPreviewTemplate('faq', withData(FaqPreview));
  cms.registerPreviewTemplate('reviews', withData(ReviewPreview));
}
