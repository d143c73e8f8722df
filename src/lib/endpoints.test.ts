import { describe, expect, it } from 'vitest';
import { endpointOrigins, postingDirectives } from './endpoints.ts';

describe('postingDirectives', () => {
  it('allows each endpoint’s origin once, for fetch and for a plain post', () => {
    expect(
      postingDirectives(['https://forms.example/leads?x=1', 'https://forms.example/reviews', 'https://crm.example/in']),
    ).toEqual([
      "connect-src 'self' https://forms.example https://crm.example",
      "form-action 'self' https://forms.example https://crm.example",
    ]);
  });

  it('adds nothing without endpoints', () => {
    expect(postingDirectives(['', ''])).toEqual([]);
  });

  it('keeps the origin alone: no path, credentials or directive smuggled in', () => {
    expect(endpointOrigins(['https://user:pass@forms.example:8443/a;script-src *'])).toEqual([
      'https://forms.example:8443',
    ]);
  });
});
