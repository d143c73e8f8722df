/**
 * Forms post to endpoints on other origins. A page that carries a form lets
 * the browser reach that origin (`connect-src` for the fetch, `form-action`
 * for the plain HTML post) and no page without one does.
 */

/** The distinct origins of the non-empty endpoint addresses. */
export function endpointOrigins(endpoints: readonly string[]): string[] {
  return [...new Set(endpoints.filter(Boolean).map((endpoint) => new URL(endpoint).origin))];
}

/** The CSP directives a page with forms posting to `endpoints` adds; none without endpoints. */
export function postingDirectives(endpoints: readonly string[]): (`connect-src ${string}` | `form-action ${string}`)[] {
  const origins = endpointOrigins(endpoints);
  if (origins.length === 0) return [];
  const list = origins.join(' ');
  return [`connect-src 'self' ${list}`, `form-action 'self' ${list}`];
}
