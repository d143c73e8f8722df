import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTyped, pageTitle, TITLE_MAX, unbreakablePhone } from './text';

describe('unbreakablePhone', () => {
  it('keeps the digits and joins the groups with non-breaking characters', () => {
    expect(unbreakablePhone('+7 3952 48-20-20')).toBe('+7\u00a03952\u00a048\u201120\u201120');
  });
});

describe('pageTitle', () => {
  it('appends the site name when it fits', () => {
    expect(pageTitle('Gold tier', 'Polynya Partner Network')).toBe('Gold tier · Polynya Partner Network');
    expect(pageTitle('Polynya Partner Network', 'Polynya Partner Network')).toBe('Polynya Partner Network');
  });

  it('drops the site name, then shortens at a word, to stay within 70 characters', () => {
    const long = 'Mailbox migration guide: on-premise mail servers and IMAP';
    expect(pageTitle(long, 'Polynya Partner Network')).toBe(long);
    const longer = 'Selling cloud mail against on-premise servers: objections, answers and the numbers behind them';
    const title = pageTitle(longer, 'Polynya Partner Network');
    expect(title).toBe('Selling cloud mail against on-premise servers: objections, answers…');
  });

  it('counts an ampersand as it is written in the HTML', () => {
    const title = 'Partner type: Implementation & integration partner, page 2 · Partners';
    expect(pageTitle(title, 'Polynya Partner Network')).toBe(
      'Partner type: Implementation & integration partner, page 2…',
    );
  });

  it('never goes over the limit and always keeps the start of the title', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (title) => {
        const result = pageTitle(title, 'Polynya Partner Network');
        expect(result.length).toBeLessThanOrEqual(TITLE_MAX);
        const shortened = result.endsWith('…') ? result.slice(0, -1) : result;
        expect(result.startsWith(title) || title.startsWith(shortened)).toBe(true);
      }),
    );
  });
});

describe('cleanTyped', () => {
  it.each([
    ['a right-to-left override', 'Acme \u202Eexe.tnemyap', 'Acme exe.tnemyap'],
    ['isolates and marks', '\u2067Acme\u2069\u200f', 'Acme'],
    ['a NUL and an escape', 'Acme\u0000\u001b[31m', 'Acme [31m'],
    ['a line break in a one-line field', 'Acme\nCloud', 'Acme Cloud'],
  ])('removes %s', (_, typed, sent) => {
    expect(cleanTyped(typed)).toBe(sent);
  });

  it('keeps line breaks and tabs in long text, and HTML and formulas as typed', () => {
    expect(cleanTyped('=HYPERLINK("https://x.example")\n\t<b>hi</b>\u0007', { multiline: true })).toBe(
      '=HYPERLINK("https://x.example")\n\t<b>hi</b>',
    );
  });

  it('leaves nothing a receiver could be misled by, whatever was typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (typed) => {
        // eslint-disable-next-line no-control-regex -- checking for control characters is the point here
        expect(cleanTyped(typed)).not.toMatch(/[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});
