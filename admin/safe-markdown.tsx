/**
 * Entry bodies in the preview pane, under the same rules as the site
 * (`src/lib/url-safety.ts`): raw HTML shows as text, links keep only safe
 * addresses, images come only from the site. Decap's own Markdown preview
 * renders raw HTML, so a partner's fake login form or remote pixel would
 * appear in the editor's browser; this replaces it.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { isAllowedAttribute, isSiteImage } from '../src/lib/url-safety';

/**
 * Markdown to HTML by the site's rules. `asset` turns a site image address
 * into one the editor's browser can show: an upload in an unpublished draft
 * is not on the site yet, and Decap serves it from memory.
 */
export function safeMarkdownHtml(markdown: string, asset: (path: string) => string = (path) => path): string {
  const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  // A parsed document is inert: nothing in it loads or runs while it is cleaned.
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const element of document.body.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      if (!isAllowedAttribute(name, value)) element.removeAttribute(name);
    }
    if (element.tagName !== 'IMG') continue;
    const src = element.getAttribute('src') ?? '';
    if (isSiteImage(src)) element.setAttribute('src', asset(src));
    else element.replaceWith(document.createTextNode(element.getAttribute('alt') ?? ''));
  }
  return document.body.innerHTML;
}

export function SafeMarkdown({ source, asset }: { source: unknown; asset?: (path: string) => string }) {
  const html = typeof source === 'string' ? safeMarkdownHtml(source, asset) : '';
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
