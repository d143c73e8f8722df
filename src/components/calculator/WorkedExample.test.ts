import { describe, expect, it } from 'vitest';
import { containerWithLanguages } from '../../../tests/astro-container';
import type { CalculatorPlan, CalculatorTier } from '../../lib/calculator';
import { LOCALE_SETTINGS, localePath, type Locale } from '../../lib/i18n/locales';
import WorkedExample from './WorkedExample.astro';

const container = await containerWithLanguages();

const tiers: CalculatorTier[] = [
  { id: 'silver', name: 'Silver', referralCommission: 15, commissionMonths: 24, resaleDiscount: 15 },
  { id: 'platinum', name: 'Platinum', referralCommission: 25, commissionMonths: 0, resaleDiscount: 30 },
];
const plans = (seatUnit: string): CalculatorPlan[] => [
  { id: 'suite', name: 'Polynya Suite', seatUnit, priceMinor: 25_000 },
];

const render = async (locale: Locale, tierId: string, seatUnit: string) => {
  const html = await container.renderToString(WorkedExample, {
    props: { tiers, plans: plans(seatUnit), format: { currency: 'RUB', locale: LOCALE_SETTINGS[locale].intl }, tierId },
    request: new Request(`https://partners.polynya.example${localePath(locale, '/calculator/')}`),
  });
  return html.replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ');
};

describe('WorkedExample', () => {
  it('describes the default scenario in English', async () => {
    const text = await render('en', 'silver', 'user');
    expect(text).toContain(
      'A referral partner at Silver (15% commission for 2 years of each client) brings 2 new clients a month, each with 10 users of Polynya Suite, and loses 1 % of clients a month.',
    );
    expect(text).toContain('Turn on JavaScript to enter your own figures.');
  });

  it('describes it in Russian, the seat unit never declined', async () => {
    const text = await render('ru', 'silver', 'пользователь');
    expect(text).toContain(
      'Реферальный партнёр уровня Silver получает 15 % с каждого оплаченного счёта в течение 2 лет. Каждый месяц к нему приходят 2 новых клиента (у каждого 10 лицензий Polynya Suite), а уходит 1 % клиентов.',
    );
    expect(text).toContain('Пример расчёта');
    expect(text).not.toContain('referral');
    expect(await render('ru', 'platinum', 'пользователь')).toContain(
      'с каждого оплаченного счёта на весь срок жизни клиента.',
    );
  });
});
