/**
 * Which web addresses content may point at. Sources and links come from pull requests, so an
 * address must say plainly where it goes: http or https, a public host, no credentials.
 */

// Names reserved for machines and networks that are not the public web (RFC 6761, 6762, 8375).
const PRIVATE_NAMES = /(?:^|\.)(?:localhost|local|internal|intranet|lan|home\.arpa|invalid|test)$/i;

/** The message for an address that content may not use, or undefined when it may. */
export function isPublicWebUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `expected an http or https URL, received ${JSON.stringify(value)}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `expected an http or https URL, received ${JSON.stringify(value)}`;
  }
  if (url.username || url.password) {
    return `expected a URL without a user name or password before "@", received ${JSON.stringify(value)}`;
  }
  if (isPrivateHost(url.hostname)) {
    return `expected a URL on a public host, received ${JSON.stringify(url.hostname)} (a local or private address)`;
  }
  return undefined;
}

/** True for loopback, private, link-local and unspecified addresses and local names. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (PRIVATE_NAMES.test(host) || (!host.includes('.') && !host.includes(':'))) return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  if (host.includes(':')) {
    // Loopback and unspecified, unique-local (fc00::/7), link-local (fe80::/10), and IPv4
    // addresses mapped into IPv6, which the URL parser writes in hexadecimal.
    return (
      host === '::1' ||
      host === '::' ||
      /^f[cd][0-9a-f]{2}:/.test(host) ||
      /^fe[89ab][0-9a-f]:/.test(host) ||
      host.startsWith('::ffff:')
    );
  }
  return false;
}
