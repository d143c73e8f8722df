/**
 * Markdown in content is untrusted HTML-wise: partners write their own
 * profiles, and editors paste text from anywhere. This hast plugin for the
 * site's Markdown processor keeps raw HTML as visible text (a <script> in a
 * body reads as "<script>", it never runs), drops event-handler attributes,
 * keeps only link addresses that are http(s), mail, phone or inside the site,
 * and images and media only from inside the site.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';

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

export const markdownSafety = defineHastPlugin({
  name: 'partner-portal-markdown-safety',
  raw(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  element: {
    // Markdown itself only makes these; anything else came as raw HTML and is text by now.
    filter: ['a', 'img', 'area', 'blockquote', 'q', 'ins', 'del', 'video', 'audio', 'source'],
    visit(node, ctx) {
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (!isAllowedAttribute(key, value)) ctx.setProperty(node, key, undefined);
      }
    },
  },
});

/**
 * Images are taken only from the site's own files (such as /uploads/team.jpg).
 * This runs before the build looks for image files to process, so an address
 * such as "photo.png" or "\b//host/p.png" is shown as its alternative text
 * instead of stopping the build with a missing image.
 */
export const markdownImages = defineMdastPlugin({
  name: 'partner-portal-markdown-images',
  image(node, ctx) {
    if (/^\/(?!\/)/.test(node.url) && isSiteUrl(node.url)) return;
    ctx.replaceNode(node, node.alt ? { type: 'text', value: node.alt } : []);
  },
});
