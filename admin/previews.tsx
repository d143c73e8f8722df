/**
 * Preview templates: the editor's right-hand pane renders entries with the
 * site's own components (partner card, resource card, earnings calculator)
 * and stylesheets, using labels and prices from the last build.
 */
import { Suspense, use, type ReactNode } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import EarningsCalculator from '../src/components/calculator/EarningsCalculator';
import PartnerCard from '../src/components/directory/PartnerCard';
import ResourceCard from '../src/components/library/ResourceCard';
import { formatDate } from '../src/lib/dates';
import { catalogue } from '../src/lib/i18n/catalogue';
import { DEFAULT_LOCALE } from '../src/lib/i18n/locales';
import { benefitRows, exampleClient } from '../src/lib/tiers';
import globalCss from '../src/styles/global.css?inline';
import searchCss from '../src/components/search/search.css?inline';
import calculatorCss from '../src/components/calculator/calculator.css?inline';
import previewCss from './preview.css?inline';
import { SafeMarkdown } from './safe-markdown';
import { partnerCard, resourceItem, tierTerms, tiersWithEdit, type PreviewData } from './preview-data';

let previewData: Promise<PreviewData> | undefined;
const loadPreviewData = () =>
  (previewData ??= fetch('/admin/preview-data.json').then((response) => {
    if (!response.ok) throw new Error(`Preview data: HTTP ${response.status}`);
    return response.json() as Promise<PreviewData>;
  }));

type Props = PreviewTemplateComponentProps;
type Data = Record<string, unknown>;

const dataOf = (props: Props): Data => (props.entry.get('data')?.toJS() ?? {}) as Data;
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
  const data = dataOf(props);
  const { calculator, planNames } = use(loadPreviewData());
  const tier = tierTerms(data);
  const name = tier.name || 'New tier';
  const benefits = benefitRows(
    [tier],
    calculator.format,
    { ...catalogue(DEFAULT_LOCALE).tiers, ...catalogue(DEFAULT_LOCALE).commission },
    [planNames[tier.internalLicences.plan.id] ?? ''],
    exampleClient(calculator.plans),
  );
  return (
    <>
      <Header eyebrow="Partner tier" title={name} lead={tier.summary}>
        <span className="tier-badge" style={{ '--badge-colour': tier.badgeColour || 'transparent' } as never}>
          {name}
        </span>
      </Header>
      <div className="container section preview-columns">
        <section>
          <h2>Requirements</h2>
          <Terms rows={tier.requirements.map((row) => [row.label, row.value])} />
        </section>
        <section>
          <h2>Benefits</h2>
          <Terms rows={benefits.map((row) => [row.label, row.cells[0] ?? '—'])} />
        </section>
        <SafeMarkdown source={data.body} asset={assetOf(props)} />
      </div>
      <section className="container section">
        <h2>Estimate your earnings at {name}</h2>
        <EarningsCalculator
          tiers={tiersWithEdit(calculator.tiers, slugOf(props), data)}
          plans={calculator.plans}
          format={calculator.format}
          locale={DEFAULT_LOCALE}
          initialTier={slugOf(props) || 'new-tier'}
        />
      </section>
    </>
  );
}

function PartnerPreview(props: Props) {
  const data = dataOf(props);
  const { directoryFacets } = use(loadPreviewData());
  const card = partnerCard(slugOf(props), data, directoryFacets);
  const contacts: [string, string][] = [
    ['Website', text(data.website)],
    ['Email', text(data.email)],
    ['Phone', text(data.phone)],
  ].filter((row): row is [string, string] => row[1] !== '');
  return (
    <>
      <Header eyebrow="Partner profile" title={card.name} lead={card.summary}>
        {text(data.logo) && (
          <img className="logo" src={assetOf(props)(text(data.logo))} alt="Logo" width="64" height="64" />
        )}
      </Header>
      <div className="container section">
        <h2>In the directory</h2>
        <ul className="result-list preview-card">
          <PartnerCard partner={card} locale={DEFAULT_LOCALE} />
        </ul>
        <h2>Profile</h2>
        <SafeMarkdown source={data.body} asset={assetOf(props)} />
        {contacts.length > 0 && <Terms rows={contacts} />}
      </div>
    </>
  );
}

function ResourcePreview(props: Props) {
  const data = dataOf(props);
  const { libraryFacets, locale } = use(loadPreviewData());
  const item = resourceItem(slugOf(props), data, libraryFacets);
  const published = text(data.updated) || text(data.published);
  const date = published && !Number.isNaN(Date.parse(published)) ? formatDate(new Date(published), locale) : '';
  return (
    <>
      <Header eyebrow="Partner library" title={item.title} lead={item.summary} />
      <div className="container section">
        <h2>In the library</h2>
        <ul className="result-list preview-card">
          <ResourceCard item={item} facets={libraryFacets} date={date} locale={DEFAULT_LOCALE} />
        </ul>
        <SafeMarkdown source={data.body} asset={assetOf(props)} />
      </div>
    </>
  );
}

function PagePreview(props: Props) {
  const data = dataOf(props);
  const highlights = list<Data>(data.highlights);
  return (
    <>
      <Header eyebrow="Program" title={text(data.title) || 'Page title'} lead={text(data.description)} />
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
  const data = dataOf(props);
  return (
    <>
      <Header eyebrow="Frequently asked question" title={text(data.question) || 'The question'} lead="" />
      <div className="container section">
        <SafeMarkdown source={data.body} asset={assetOf(props)} />
      </div>
    </>
  );
}

/** Each preview waits for the build's labels, and says so if they cannot be loaded. */
const withData = (Preview: (props: Props) => ReactNode) =>
  function PreviewWithData(props: Props) {
    return (
      <Suspense fallback={<p className="container">Loading preview…</p>}>
        <Preview {...props} />
      </Suspense>
    );
  };

export function registerPreviews(cms: CMS): void {
  for (const css of [globalCss, searchCss, calculatorCss, previewCss]) cms.registerPreviewStyle(css, { raw: true });
  cms.registerPreviewTemplate('tiers', withData(TierPreview));
  cms.registerPreviewTemplate('partners', withData(PartnerPreview));
  cms.registerPreviewTemplate('resources', withData(ResourcePreview));
  cms.registerPreviewTemplate('pages', withData(PagePreview));
  cms.registerPreviewTemplate('faq', withData(FaqPreview));
}
