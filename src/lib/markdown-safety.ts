/**
 * Markdown in content is untrusted HTML-wise: partners write their own
 * profiles, and editors paste text from anywhere. This hast plugin for the
 * site's Markdown processor keeps raw HTML as visible text (a <script> in a
 * body reads as "<script>", it never runs), drops event-handler attributes,
 * keeps only link addresses that are http(s), mail, phone or inside the site,
 * and images and media only from inside the site.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { isAllowedAttribute, isSiteImage } from './url-safety.ts';

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
    if (isSiteImage(node.url)) return;
    ctx.replaceNode(node, node.alt ? { type: 'text', value: node.alt } : []);
  },
});
