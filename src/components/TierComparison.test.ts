import { describe, expect, it } from 'vitest';
import { containerWithLanguages } from '../../tests/astro-container';
import { catalogue } from '../lib/i18n/catalogue';
import { LOCALE_SETTINGS, localePath, type Locale } from '../lib/i18n/locales';
import { buildTierComparison, type TierTerms } from '../lib/tiers';
import TierComparison from './TierComparison.astro';

const container = await containerWithLanguages();

const tier = (id: string, order: number, referralCommission: number, commissionMonths: number) => ({
  id,
  data: {
    name: id[0]?.toUpperCase() + id.slice(1),
    order,
    summary: `The ${id} tier.`,
    badgeColour: '#000000',
    requirements: [{ label: 'Training', value: 'Sales course' }],
    resaleDiscount: referralCommission,
    referralCommission,
    commissionMonths,
    marketDevelopmentFunds: '—',
    supportSla: '1 day',
    leadSharing: order > 1,
    internalLicences: { seats: 5, plan: { id: 'suite' } },
  } satisfies TierTerms,
});
const tiers = [tier('silver', 1, 15, 24), tier('platinum', 2, 25, 0)];
const plans = (seatUnit: string) => [
  {
    id: 'suite',
    data: { name: 'Polynya Suite', order: 1, pricePerSeat: 250, seatUnit, sellableByPartners: true },
  },
];

async function render(locale: Locale, moneyOnly = false) {
  const format = { currency: 'RUB', locale: LOCALE_SETTINGS[locale].intl };
  const comparison = buildTierComparison(tiers, plans(locale === 'ru' ? 'пользователь' : 'user'), format, {
    ...catalogue(locale).tiers,
    ...catalogue(locale).commission,
  });
  return container.renderToString(TierComparison, {
    props: {
      comparison,
      moneyOnly,
      caption: moneyOnly ? catalogue(locale).program.terms.caption : catalogue(locale).tiers.index.caption,
    },
    request: new Request(`https://partners.polynya.example${localePath(locale, '/tiers/')}`),
  });
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ');

describe('TierComparison', () => {
  it('labels rows and groups in English and links each tier in English', async () => {
    const html = await render('en');
    expect(html).toContain('href="/tiers/silver/"');
    expect(text(html)).toContain(' Requirements ');
    expect(text(html)).toContain('Monthly referral commission on one 10-user Polynya Suite client ₽375 ₽625');
    expect(text(html)).toContain('Commission paid for 2 years Customer lifetime');
  });

  it('labels them in Russian and links each tier in Russian', async () => {
    const html = await render('ru');
    expect(html).toContain('href="/ru/tiers/silver/"');
    expect(html).not.toContain('href="/tiers/');
    const words = text(html);
    expect(words).toContain(' Требования ');
    expect(words).toContain('Срок выплаты вознаграждения 2 года Весь срок жизни клиента');
    expect(words).toContain('Вознаграждение в месяц с одного клиента на Polynya Suite (10 лицензий) 375 ₽ 625 ₽');
    expect(words).toContain('Заявки из каталога партнёров Нет Да');
    expect(words).not.toMatch(/Requirements|Benefits|Referral/);
  });

  it('shows the money rows alone without a group heading', async () => {
    const words = text(await render('ru', true));
    expect(words).not.toContain('Требования');
    expect(words).not.toContain('Преимущества');
    expect(words).toContain('Скидка на перепродажу от прейскурантной цены 15 % 25 %');
  });
});
