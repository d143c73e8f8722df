/**
 * Which addresses and attributes content may carry, for the site's Markdown
 * processor (`markdown-safety.ts`) and the CMS preview alike: no scripts by
 * any name, links only to safe places, and images only from the site.
 */

const SAFE_URL = /^(?:https?:|mailto:|tel:|\/(?!\/)|#|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

/** Whether an address may stay on a link or image: no javascript:, data:, vbscript: or protocol-relative //host. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(asBrowsersRead(url));
}

/** Browsers ignore control characters and spaces inside a scheme ("java\tscript:", "\b//host"): judge it as they read it. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const asBrowsersRead = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '');

/** Whether an address stays inside this site: images and media may not call another host (no tracking pixels). */
export function isSiteUrl(url: string): boolean {
  return isSafeUrl(url) && !/^[a-z][a-z0-9+.-]*:/i.test(asBrowsersRead(url));
}

/** Whether a Markdown image may show: a file of this site by its absolute path, such as /uploads/team.jpg. */
export function isSiteImage(url: string): boolean {
  return /^\/(?!\/)/.test(url) && isSiteUrl(url);
}

/**
 * Whether an attribute may stay on an element made from Markdown: no event
 * handlers, and addresses only as `isSafeUrl` (links) or `isSiteUrl` (anything
 * loaded as the page renders) allow. The site and the CMS preview both ask this.
 */
export function isAllowedAttribute(name: string, value: unknown): boolean {
  if (/^on/i.test(name)) return false;
  const property = URL_ATTRIBUTES[name.toLowerCase()];
  if (!property || typeof value !== 'string') return true;
  return LOADING_PROPERTIES.includes(property) ? isSiteUrl(value) : isSafeUrl(value);
}

const URL_PROPERTIES = ['href', 'src', 'cite', 'action', 'formAction', 'poster', 'srcSet'];
/** The same, by HTML attribute name (hast uses property names, the DOM attribute names). */
const URL_ATTRIBUTES: Record<string, string> = Object.fromEntries(
  URL_PROPERTIES.map((property) => [property.toLowerCase(), property]),
);
/** Properties that make the browser load something as soon as the page renders. */
const LOADING_PROPERTIES = ['src', 'poster', 'srcSet'];
