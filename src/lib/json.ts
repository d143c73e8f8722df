/**
 * JSON for embedding inside an HTML <script> element: characters that could
 * close the element or open a comment are escaped, so a partner name such as
 * "</script><script>alert(1)</script>" stays text.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
