import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PartnerContact from './PartnerContact.astro';

const container = await AstroContainer.create();
const verified = new Date('2026-09-14T00:00:00Z');
const render = (props: Record<string, unknown>) =>
  container.renderToString(PartnerContact, {
    props: { teamEmail: 'partners@polynya.example', verified, verifiedOn: '14.09.2026', ...props },
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
    expect(html).toContain('Ask the partner team for an introduction');
    expect(html).toContain('href="mailto:partners@polynya.example"');
    expect(html).toMatch(/<time datetime="2026-09-14"[^>]*>14.09.2026<\/time>/);
  });
});
