import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownImages, markdownSafety } from './markdown-safety.ts';
import { isAllowedAttribute, isSafeUrl, isSiteUrl } from './url-safety.ts';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [markdownSafety] }).html;

describe('markdownSafety', () => {
  it.each([
    ['a script block', '<script>alert(1)</script>', '<script'],
    ['an inline event handler', 'Hi <img src=x onerror="alert(2)"> there', '<img'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', '<iframe'],
    ['an HTML comment that breaks out', '<!-- --><script>alert(3)</script> -->', '<script'],
  ])('keeps %s as visible text', (_case, markdown, tag) => {
    const html = render(markdown);
    expect(html).not.toContain(tag);
    expect(html).toContain(`&lt;${tag.slice(1)}`);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['//evil.example/path'],
  ])('drops the address of a link to %j but keeps its text', (url) => {
    const html = render(`[click me](${url.replace(/\t/g, '%09')})`);
    expect(html).toContain('click me');
    expect(html).not.toMatch(/href="(?!#)/);
  });

  it('loads images only from inside the site', () => {
    const html = render('![logo](/uploads/logo.svg) ![pixel](https://tracker.example/p.png) ![x](//cdn.example/x.png)');
    expect(html).toContain('src="/uploads/logo.svg"');
    expect(html).not.toContain('tracker.example');
    expect(html).not.toContain('cdn.example');
    expect([isSiteUrl('/uploads/a.png'), isSiteUrl('img/a.png'), isSiteUrl('https://x.example/a.png')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('keeps ordinary links and Markdown formatting', () => {
    const html = render('**Bold** [site](https://example.com) [page](/tiers/) [mail](mailto:a@example.com)');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('href="/tiers/"');
    expect(html).toContain('href="mailto:a@example.com"');
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://a.example', true],
    ['http://a.example', true],
    ['/partners/', true],
    ['#anchor', true],
    ['mailto:a@b.example', true],
    ['tel:+74951234567', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:image/png;base64,xx', false],
    ['//evil.example', false],
    ['guide.pdf', true],
    ['../faq/', true],
  ])('%j: %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('control characters in addresses', () => {
  it.each(['\b//attacker.example/p.png', ' \t//attacker.example/p.png', '\u0000https://attacker.example/p.png'])(
    'judges %j as browsers read it, for links and images alike',
    (url) => {
      expect(isSafeUrl(url) && isSiteUrl(url)).toBe(false);
    },
  );
});

describe('isAllowedAttribute', () => {
  it.each([
    ['onclick', 'alert(1)', false],
    ['ONLOAD', 'x', false],
    ['href', 'javascript:alert(1)', false],
    ['href', 'https://partner.example/', true],
    ['src', 'https://attacker.example/pixel.png', false],
    ['src', '/uploads/team.jpg', true],
    ['srcset', 'https://attacker.example/a.png 2x', false],
    ['poster', '/uploads/v.jpg', true],
    ['action', 'https://attacker.example/steal', true],
    ['formaction', 'javascript:alert(1)', false],
    ['title', 'javascript:alert(1)', true],
  ])('%s=%j → %s', (name, value, allowed) => {
    expect(isAllowedAttribute(name, value)).toBe(allowed);
  });
});

describe('markdownImages', () => {
  const renderImages = (markdown: string) =>
    markdownToHtml(markdown, { mdastPlugins: [markdownImages], hastPlugins: [markdownSafety] }).html;

  it.each([
    ['a relative file the build would look for', '![team](photo.png)'],
    ['a control character before //host', '![team](&#8;//attacker.example/p.png)'],
    ['another host', '![team](https://attacker.example/p.png)'],
  ])('shows %s as its alternative text', (_, markdown) => {
    const html = renderImages(markdown);
    expect(html).not.toContain('<img');
    expect(html).toContain('team');
  });

  it('keeps images from the site', () => {
    expect(renderImages('![team](/uploads/team.jpg)')).toContain('<img src="/uploads/team.jpg" alt="team"');
  });
});
