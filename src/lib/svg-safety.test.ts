import { describe, expect, it } from 'vitest';
import { activeSvgContent } from './svg-safety';

const svg = (inner: string, attributes = '') =>
  `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;

describe('activeSvgContent', () => {
  it.each([
    ['a plain logo', svg('<rect width="10" height="10" fill="#1f6feb"/><text x="1" y="8">Polynya on top</text>')],
    ['gradients by fragment', svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/>')],
    ['an embedded bitmap', svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>')],
    ['inline styles', svg('<style>.a{fill:none;stroke-linejoin:round}</style><path class="a" d="M0 0h10"/>')],
  ])('accepts %s', (_, text) => {
    expect(activeSvgContent(text)).toEqual([]);
  });

  it.each([
    ['a script element', svg('<script>alert(1)</script>'), 'script'],
    ['a script with spaces in the tag', svg('< script >alert(1)</script>'), 'script'],
    ['an upper-case script', svg('<SCRIPT>alert(1)</SCRIPT>'), 'script'],
    ['onload on the root', svg('', ' onload="alert(1)"'), 'event-handler'],
    ['onclick after a slash', svg('<rect/onclick="alert(1)"/>'), 'event-handler'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'javascript:'],
    ['an entity-encoded javascript: link', svg('<a xlink:href="&#106;ava&#x73;cript:alert(1)">x</a>'), 'javascript:'],
    ['a tab inside the scheme', svg('<a href="java\tscript:alert(1)">x</a>'), 'javascript:'],
    ['a foreignObject with HTML', svg('<foreignObject><iframe src="x"></iframe></foreignObject>'), 'foreignObject'],
    ['an external image', svg('<image href="https://attacker.example/p.png"/>'), 'another file'],
    ['a protocol-relative use', svg('<use xlink:href="//attacker.example/s.svg#a"/>'), 'another file'],
    ['a data: SVG inside', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'another file'],
    ['a remote url() in a style', svg('<style>rect{fill:url(https://attacker.example/x)}</style>'), 'url()'],
    ['an @import', svg('<style>@import "https://attacker.example/x.css";</style>'), '@import'],
    [
      'an entity declaration',
      `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`,
      'entity',
    ],
    ['an animate that sets a link', svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>'), 'javascript:'],
  ])('refuses %s', (_, text, reason) => {
    expect(activeSvgContent(text).join(' ')).toContain(reason);
  });
});
