import { describe, expect, it } from 'vitest';
import { containerWithLanguages } from '../../../tests/astro-container';
import PartnerContact from './PartnerContact.astro';

const container = await containerWithLanguages();
const verified = new Date('2026-09-14T00:00:00Z');
const render = (props: Record<string, unknown>, path = '/partners/baikal-digital/') =>
  container.renderToString(PartnerContact, {
    props: { teamEmail: 'partners@polynya.example', verified, verifiedOn: '14.09.2026', ...props },
    request: new Request(`https://partners.polynya.example${path}`),
  });

describe('PartnerContact', () => {
  it('lists the partner’s own addresses, the phone as digits in the link', async () => {
    const html = await render({ website: 'https://taiga.example/about', phone: '+7 3822 55-01-01' });
    expect(html).toContain('href="https://taiga.example/about"');
    expect(html).toContain('>taiga.example<');
    expect(html).toContain('href="tel:+73822550101"');
    expect(html).not.toContain('partners@polynya.example');
  });

  it('offers the partner team when the partner lists no way to reach it', async () => {
    const html = await render({});
    expect(html).toMatch(/Ask the partner team for an introduction: <a href="mailto:partners@polynya.example"/);
    expect(html).toMatch(/Profile verified on <time datetime="2026-09-14"[^>]*>14.09.2026<\/time>/);
    expect(html).toMatch(/<a href="\/partners\/"[^>]*>Back to all partners<\/a>/);
  });

  it('speaks the page’s language and links back within it', async () => {
    const html = await render({}, '/ru/partners/baikal-digital/');
    expect(html).toMatch(/>Контакты<\/h2>/);
    expect(html).toMatch(/Попросите партнёрский отдел познакомить вас с партнёром: <a href="mailto:/);
    expect(html).toMatch(/Профиль проверен <time datetime="2026-09-14"[^>]*>14.09.2026<\/time>/);
    expect(html).toMatch(/<a href="\/ru\/partners\/"[^>]*>Ко всем партнёрам<\/a>/);
  });
});
