/** Plural forms by `Intl.PluralRules`: Russian has one, few and many ("1 партнёр", "3 партнёра", "25 партнёров"). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A function choosing the form for a count in a language, with `#` replaced
 * by the count as that language writes it ("10 000 партнёров", "10,000 partners").
 */
export function plural(intl: string): (count: number, forms: PluralForms) => string {
  // Made on the first count: every catalogue section makes a function for each language when it loads.
  let format: { rules: Intl.PluralRules; numbers: Intl.NumberFormat } | undefined;
  return (count, forms) => {
    format ??= {
      rules: new Intl.PluralRules(intl),
      numbers: new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }),
    };
    return (forms[format.rules.select(count)] ?? forms.other).replaceAll('#', format.numbers.format(count));
  };
}
