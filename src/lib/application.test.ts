import { describe, expect, it } from 'vitest';
import {
  applicationPayload,
  applicationRequest,
  emptyApplication,
  validateApplication,
  type ApplicationValues,
} from './application.ts';
import { isBot } from './forms.ts';
import { catalogue } from './i18n/catalogue.ts';

const options = {
  partnerTypes: ['reseller', 'referral'],
  regions: ['siberia', 'moscow'],
  services: ['mail-migration'],
};
const valid: ApplicationValues = {
  ...emptyApplication(),
  company: 'Taiga Networks',
  contactName: 'Irina Volkova',
  email: 'irina@taiga.example',
  phone: '+7 383 212-40-11',
  website: 'https://taiga.example',
  partnerType: 'reseller',
  regions: ['siberia'],
  services: ['mail-migration'],
  clientsPerYear: '25',
  message: 'We run mail for 60 firms.',
  consent: true,
};

describe('validateApplication', () => {
  it('accepts a complete application', () => {
    expect(validateApplication(valid, options, 'en')).toEqual({});
  });

  it('accepts the optional fields left empty', () => {
    expect(validateApplication({ ...valid, phone: '', website: '', message: '' }, options, 'en')).toEqual({});
  });

  it.each<[string, Partial<ApplicationValues>, keyof ApplicationValues, string]>([
    ['no company', { company: '  ' }, 'company', 'Enter your company’s name'],
    ['no contact', { contactName: '' }, 'contactName', 'Enter the name of the person we should contact'],
    ['a bad email', { email: 'irina@taiga' }, 'email', 'Enter an email address such as name@company.ru'],
    ['a bad phone', { phone: 'call me' }, 'phone', 'Enter a phone number such as +7 495 123-45-67'],
    [
      'a javascript: website',
      { website: 'javascript:alert(1)' },
      'website',
      'Enter an address starting with https:// or http://',
    ],
    ['no partner type', { partnerType: '' }, 'partnerType', 'Choose how you want to partner'],
    ['an unknown partner type', { partnerType: 'franchise' }, 'partnerType', 'Choose how you want to partner'],
    ['no region', { regions: [] }, 'regions', 'Choose at least one region you serve'],
    ['no service', { services: [] }, 'services', 'Choose at least one service you offer'],
    ['clients as words', { clientsPerYear: 'many' }, 'clientsPerYear', 'Enter a whole number from 0 to 100,000'],
    ['negative clients', { clientsPerYear: '-3' }, 'clientsPerYear', 'Enter a whole number from 0 to 100,000'],
    ['a message too long', { message: 'x'.repeat(2001) }, 'message', 'Use at most 2,000 characters'],
    ['no consent', { consent: false }, 'consent', 'Accept the program terms to apply'],
  ])('refuses %s', (_case, change, field, message) => {
    expect(validateApplication({ ...valid, ...change }, options, 'en')).toEqual({ [field]: message });
  });

  it.each<[string, Partial<ApplicationValues>, keyof ApplicationValues, string]>([
    ['no company', { company: '  ' }, 'company', 'Укажите название компании'],
    ['a company name too long', { company: 'x'.repeat(121) }, 'company', 'Сократите до 120 символов'],
    ['no email', { email: '' }, 'email', 'Укажите email'],
    ['a bad email', { email: 'irina@taiga' }, 'email', 'Укажите email в формате name@company.ru'],
    ['no partner type', { partnerType: '' }, 'partnerType', 'Выберите тип партнёрства'],
    ['too many clients', { clientsPerYear: '100001' }, 'clientsPerYear', 'Укажите целое число от 0 до 100 000'],
    ['a message too long', { message: 'x'.repeat(2001) }, 'message', 'Сократите до 2 000 символов'],
    ['no consent', { consent: false }, 'consent', 'Чтобы подать заявку, примите условия программы'],
  ])('refuses %s in Russian', (_case, change, field, message) => {
    const errors = validateApplication({ ...valid, ...change }, options, 'ru');
    // Russian groups digits with a no-break space: "100 000".
    expect(
      Object.fromEntries(Object.entries(errors).map(([key, text]) => [key, text.replace(/\u00a0/g, ' ')])),
    ).toEqual({ [field]: message });
  });
});

describe('the form’s messages', () => {
  it.each([
    ['en', 1, 'Please fix the field marked below.'],
    ['en', 3, 'Please fix 3 fields marked below.'],
    ['ru', 1, 'Исправьте поле, отмеченное ниже.'],
    ['ru', 3, 'Исправьте 3 поля, отмеченные ниже.'],
    ['ru', 5, 'Исправьте 5 полей, отмеченных ниже.'],
  ] as const)('asks, in %s, to fix %i fields', (locale, count, text) => {
    expect(catalogue(locale).form.fixFields(count)).toBe(text);
  });
});

describe('honeypot', () => {
  it('flags a filled hidden field as a bot', () => {
    expect(isBot(valid)).toBe(false);
    expect(isBot({ ...valid, fax: 'http://spam.example' })).toBe(true);
  });
});

describe('applicationRequest', () => {
  it('sends JSON with exactly the fields of the form, trimmed', () => {
    const request = applicationRequest({ ...valid, company: '  Taiga Networks ', clientsPerYear: '1 200' }, 'json');
    expect(JSON.parse(String(request.body))).toEqual({ ...applicationPayload(valid), clientsPerYear: '1200' });
    expect(Object.keys(JSON.parse(String(request.body)))).not.toContain('fax');
  });

  it('strips direction overrides and control characters, and leaves HTML and formulas for the receiver to escape', () => {
    const payload = applicationPayload({
      ...valid,
      company: 'Taiga\u202E skrowteN\u0000',
      message: '=HYPERLINK("https://attacker.example","Open")\n<img src=x onerror=alert(1)>\u200f',
    });
    expect(payload.company).toBe('Taiga skrowteN');
    expect(payload.message).toBe('=HYPERLINK("https://attacker.example","Open")\n<img src=x onerror=alert(1)>');
  });

  it('sends form data with one entry per chosen region', () => {
    const body = applicationRequest({ ...valid, regions: ['siberia', 'moscow'] }, 'form-data').body as FormData;
    expect(body.getAll('regions')).toEqual(['siberia', 'moscow']);
    expect(body.get('email')).toBe('irina@taiga.example');
  });
});
