/**
 * Uploaded SVG files are images that browsers also open as documents, where
 * a script inside runs with the site's origin. The build refuses SVG files
 * with anything active or remote in them; the upload policy in `_headers`
 * is the second wall.
 */

/** Decodes numeric character references (&#106; &#x6A;) so "&#106;avascript:" reads as what it is. */
function decodeReferences(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
    const value = code[0]?.toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
    return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '';
  });
}

/** Each rule, and whether it also applies with white space removed (tags and schemes survive spaces inside them). */
const RULES: [RegExp, string, boolean?][] = [
  [/<\s*script\b/, 'a <script> element', true],
  [/<\s*foreignobject\b/, 'a <foreignObject> element, which can hold HTML', true],
  [/<\s*(?:iframe|embed|object|handler|listener)\b/, 'an embedded document or handler', true],
  [/[\s"'/]on[a-z]+\s*=/, 'an event-handler attribute (onload=, onclick=, …)'],
  [/(?:java|vb)script:/, 'a javascript: or vbscript: address', true],
  [/<!entity\b/, 'an XML entity declaration'],
  [
    /(?:href|src)\s*=\s*["']?\s*(?!#|data:image\/(?:png|jpe?g|gif|webp)[;,])[^"'\s>]/,
    'a reference to another file or address (only #fragments and embedded bitmaps)',
  ],
  [/url\(\s*["']?\s*(?!#)[^)"'\s]/, 'a url() that loads from elsewhere (only url(#…) is allowed)'],
  [/@import\b/, 'a stylesheet @import'],
];

/** The reasons an SVG document could run something or load something; empty when it is a plain picture. */
export function activeSvgContent(svg: string): string[] {
  // Browsers ignore control characters and white space inside a scheme; entities hide letters: read it as they do.
  const text = decodeReferences(svg)
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .toLowerCase();
  const squeezed = text.replace(/\s+/g, '');
  return RULES.filter(([pattern, spaced]) => pattern.test(text) || (spaced && pattern.test(squeezed))).map(
    ([, reason]) => reason,
  );
}
