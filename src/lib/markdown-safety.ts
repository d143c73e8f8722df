/**
 * Markdown in content is untrusted HTML-wise: partners write their own
 * profiles, and editors paste text from anywhere. This hast plugin for the
 * site's Markdown processor keeps raw HTML as visible text (a <script> in a
 * body reads as "<script>", it never runs), drops event-handler attributes,
 * keeps only link addresses that are http(s), mail, phone or inside the site,
 * and images and media only from inside the site.
 */
import { defineHastPlugin } from 'satteri';

const SAFE_URL = /^(?:https?:|mailto:|tel:|\/(?!\/)|#|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

/** Whether an address may stay on a link or image: no javascript:, data:, vbscript: or protocol-relative //host. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): judge it as they read it.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return SAFE_URL.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));
}

/** Whether an address stays inside this site: images and media may not call another host (no tracking pixels). */
export function isSiteUrl(url: string): boolean {
  return isSafeUrl(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());
}

const URL_PROPERTIES = ['href', 'src', 'cite', 'action', 'formAction', 'poster', 'srcSet'];
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
        if (/^on/i.test(key)) ctx.setProperty(node, key, undefined);
        else if (URL_PROPERTIES.includes(key) && typeof value === 'string') {
          const allowed = LOADING_PROPERTIES.includes(key) ? isSiteUrl(value) : isSafeUrl(value);
          if (!allowed) ctx.setProperty(node, key, undefined);
        }
      }
    },
  },
});
