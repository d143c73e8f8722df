/**
 * Headers the dev server adds under `npm start`, where Astro sends no
 * Content-Security-Policy: uploads are served so nothing in them can run
 * (the same policy as `public/_headers`), and /admin/ gets a policy that keeps
 * a previewed entry from loading anything from elsewhere or posting a form.
 */

/** Uploaded files are data: an SVG opened directly must not run a script on the site's origin. */
export const UPLOADS_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/**
 * The content manager in development. Vite's client and React's fast-refresh
 * preamble are inline scripts, and Decap compiles its validator at run time;
 * what matters here is that nothing is fetched from, framed from or posted to
 * another origin.
 */
export function adminDevPolicy(host: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' blob: ws://${host}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The extra headers for one request path, by the host it was asked under. */
export function devHeaders(path: string, host: string): Record<string, string> {
  if (path.startsWith('/uploads/')) {
    return { 'Content-Security-Policy': UPLOADS_POLICY, 'X-Content-Type-Options': 'nosniff' };
  }
  if (path === '/admin/' || path.startsWith('/admin/')) {
    return { 'Content-Security-Policy': adminDevPolicy(host), 'X-Content-Type-Options': 'nosniff' };
  }
  return {};
}
