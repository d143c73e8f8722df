import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formRequest } from './forms.ts';
import {
  budgetOptions,
  emptyLead,
  LEAD_FIELDS,
  leadPayload,
  readableSearch,
  searchContext,
  validateLead,
  type LeadValues,
} from './lead.ts';

const options = { services: ['mail-migration', 'security'], budgets: ['0-100000', '100000+', 'unsure'] };
const valid: LeadValues = {
  ...emptyLead(['mail-migration']),
  company: 'Angara Freight',
  contactName: 'Irina Volkova',
  email: 'irina@angara.example',
  users: '1 200',
  budget: '0-100000',
  start: 'month',
  consent: true,
};
const context = { partners: ['baikal-digital'], locale: 'en', search: 'q=irkutsk&service=mail-migration' } as const;

describe('validateLead', () => {
  it('accepts a complete request, and the optional fields left empty', () => {
    expect(validateLead({ ...valid, email: "o'brien@angara.example" }, options, 'en')).toEqual({});
    expect(validateLead(valid, options, 'en')).toEqual({});
    expect(validateLead({ ...valid, phone: '', message: '' }, options, 'ru')).toEqual({});
  });

  it.each([
    ['no company', { company: '   ' }, 'company'],
    ['a company name too long', { company: 'x'.repeat(121) }, 'company'],
    ['no email', { email: '' }, 'email'],
    ['a bad email', { email: 'irina@' }, 'email'],
    ['a script for an email', { email: '<script>@x.ru' }, 'email'],
    ['a phone with letters', { phone: '+7 call me' }, 'phone'],
    ['no users', { users: '' }, 'users'],
    ['zero users', { users: '0' }, 'users'],
    ['users with a decimal', { users: '12.5' }, 'users'],
    ['minus users', { users: '-5' }, 'users'],
    ['more users than anyone has', { users: '5000000' }, 'users'],
    ['no service', { services: [] }, 'services'],
    ['a service that does not exist', { services: ['carrier-pigeons'] }, 'services'],
    ['a budget that is not offered', { budget: '0-1' }, 'budget'],
    ['no start', { start: '' }, 'start'],
    ['a start that is not offered', { start: 'yesterday' }, 'start'],
    ['a message too long', { message: 'x'.repeat(2001) }, 'message'],
    ['no consent', { consent: false }, 'consent'],
  ] as const)('refuses %s, in the field', (_, change, field) => {
    const errors = validateLead({ ...valid, ...change } as LeadValues, options, 'en');
    expect(Object.keys(errors)).toEqual([field]);
    expect(validateLead({ ...valid, ...change } as LeadValues, options, 'ru')[field]).toMatch(/[а-я]/);
  });
});

describe('leadPayload', () => {
  it('sends exactly the fields of LEAD_FIELDS, typed text cleaned, the count as digits', () => {
    const payload = leadPayload({ ...valid, company: ' Angara\u202e Freight\u0007 ', fax: 'x' }, context);
    expect(Object.keys(payload).sort()).toEqual(LEAD_FIELDS.map((field) => field.name).sort());
    expect(payload).toMatchObject({ company: 'Angara Freight', users: '1200', partners: ['baikal-digital'] });
  });

  it('names at most three partners, each once', () => {
    const partners = ['a', 'b', 'a', 'c', 'd'];
    expect(leadPayload(valid, { ...context, partners }).partners).toEqual(['a', 'b', 'c']);
    expect(leadPayload(valid, { ...context, partners: [] }).partners).toEqual([]);
  });

  it('sends as repeated form fields or as JSON', () => {
    const body = formRequest(leadPayload({ ...valid, services: ['mail-migration', 'security'] }, context), 'form-data')
      .body as FormData;
    expect(body.getAll('services')).toEqual(['mail-migration', 'security']);
    expect(body.get('locale')).toBe('en');
    const json = JSON.parse(String(formRequest(leadPayload(valid, context), 'json').body)) as Record<string, unknown>;
    expect(json.search).toBe('q=irkutsk&service=mail-migration');
  });
});

describe('the search a request came from', () => {
  it.each([
    ['?q=kazan&service=security', 'q=kazan&service=security'],
    ['q=%D0%BA%D0%B0%D0%B7%D0%B0%D0%BD%D1%8C', 'q=%D0%BA%D0%B0%D0%B7%D0%B0%D0%BD%D1%8C'],
    ['q=казань+почта', 'q=казань+почта'],
    ['q=<script>alert(1)</script>', ''],
    ['q="onmouseover=alert(1)', ''],
    ['q=x\n\rSet-Cookie: a=b', ''],
    ['q=' + 'x'.repeat(600), ''],
    [null, ''],
  ])('keeps %j as %j', (text, kept) => {
    expect(searchContext(text)).toBe(kept);
  });

  it('reads back a search as a visitor wrote it', () => {
    expect(readableSearch('q=%D0%BA%D0%B0%D0%B7%D0%B0%D0%BD%D1%8C+it&service=security')).toBe(
      'q=казань it, service=security',
    );
    // A broken escape reads as a replacement character, never an exception.
    expect(readableSearch('q=%E0%A4%A')).toMatch(/^q=/);
  });

  it('never lets anything but a query string through (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(searchContext(text)).toMatch(/^[\p{L}\p{N}=&%+._~-]*$/u);
      }),
    );
  });
});

describe('budgetOptions', () => {
  it('turns the ends of the ranges into choices, formatted in the page’s language', () => {
    const en = budgetOptions([100_000, 500_000], { currency: 'RUB', locale: 'en-GB' }, 'en');
    expect(en.map((option) => option.id)).toEqual(['0-100000', '100000-500000', '500000+', 'unsure']);
    expect(en.map((option) => option.label)).toEqual([
      'Up to ₽100,000',
      '₽100,000 to ₽500,000',
      'Over ₽500,000',
      'Not sure yet',
    ]);
    const ru = budgetOptions([100_000, 500_000], { currency: 'RUB', locale: 'ru-RU' }, 'ru');
    expect(ru[1]?.label.replace(/\s/g, ' ')).toBe('От 100 000 ₽ до 500 000 ₽');
  });

  it('orders the ends and drops repeats and zero', () => {
    const ids = budgetOptions([500, 0, 100, 500], { currency: 'RUB', locale: 'en-GB' }, 'en').map((o) => o.id);
    expect(ids).toEqual(['0-100', '100-500', '500+', 'unsure']);
  });
});
