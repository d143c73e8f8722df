/**
 * Money is held as an integer count of the currency's minor unit (kopecks for
 * RUB, cents for EUR) and only turned into a decimal when it is formatted.
 */

export interface MoneyFormat {
  currency: string;
  locale: string;
}

/** Number of minor-unit digits of a currency: 2 for RUB and EUR, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Converts a decimal amount as editors type it (249.9) into integer minor units (24990). */
export function toMinorUnits(amount: number, currency: string): number {
  if (!Number.isFinite(amount)) throw new RangeError(`Not a finite amount: ${amount}`);
  return Math.round(amount * 10 ** minorUnitDigits(currency));
}

/**
 * Rounds a fractional count of minor units half away from zero, the way
 * invoices round, absorbing floating-point dust (0.499999999 that is really 0.5).
 */
export function roundMinor(minor: number): number {
  return Math.sign(minor) * Math.floor(Math.abs(minor) + 0.5 + 1e-9) || 0;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(format: MoneyFormat): Intl.NumberFormat {
  const key = `${format.locale}|${format.currency}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(format.locale, {
      style: 'currency',
      currency: format.currency,
      // ₽5,680.76 in English rather than "RUB 5,680.76"; Russian writes 5 680,76 ₽ either way.
      currencyDisplay: 'narrowSymbol',
      trailingZeroDisplay: 'stripIfInteger',
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** Formats integer minor units for display: 1000000 kopecks in ru-RU is "10 000 ₽". */
export function formatMoney(minor: number, format: MoneyFormat): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Money must be a whole number of minor units, got ${minor}`);
  return formatter(format).format(minor / 10 ** minorUnitDigits(format.currency));
}

/** Formats a percentage given as 0–100: 12.5 in en-GB is "12.5%". */
export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}
