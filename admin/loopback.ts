/**
 * The local CMS backend writes to the repository, so it answers only the
 * machine it runs on: the connection must come from a loopback address and
 * name a loopback host (which also stops DNS rebinding from a web page).
 */

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK_ADDRESSES.has(address);
}

/** True for a Host header such as `127.0.0.1:4321` or `localhost`. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return LOOPBACK_HOSTNAMES.has((hostname ?? '').toLowerCase());
}

export function isLoopbackRequest(remoteAddress: string | undefined, host: string | undefined): boolean {
  return isLoopbackAddress(remoteAddress) && isLoopbackHost(host);
}
