/**
 * Which web addresses content may point at. Sources and links come from pull requests, so an
 * address must say plainly where it goes: http or https, a public host, no credentials, and
 * nothing a reviewer cannot see, since the address a browser follows must be the one the pull
 * request shows.
 */
import { INPUT_LIMITS } from './content/limits.ts';

// Names reserved for machines and networks that are not the public web (RFC 6761, 6762, 8375).
const PRIVATE_NAMES = /(?:^|\.)(?:localhost|local|internal|intranet|lan|home\.arpa|invalid|test)$/i;

// White space, control and formatting characters (a browser drops some of them and percent-
// encodes others), and backslashes, which browsers read as slashes.
const HIDDEN = /[\s\p{Cc}\p{Cf}\\]/u;

/** The message for an address that content may not use, or undefined when it may. */
export function isPublicWebUrl(value: string): string | undefined {
  if (value.length > INPUT_LIMITS.url) {
    return `expected a URL of at most ${INPUT_LIMITS.url} characters, received ${value.length}`;
  }
  const hidden = HIDDEN.exec(value);
  if (hidden) {
    const what = hidden[0] === '\\' ? 'a backslash' : describeCharacter(hidden[0]);
    return `expected a URL without spaces, backslashes or invisible characters, received ${what} in ${JSON.stringify(value)}`;
  }
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

function describeCharacter(char: string): string {
  if (char === ' ') return 'a space';
  const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${code}`;
}

/**
 * True for loopback, private, link-local, shared, reserved and unspecified addresses, for
 * IPv6 addresses that carry an IPv4 one inside, and for local names.
 */
export function isPrivateHost(hostname: string): boolean {
  // A final dot names the same host (`localhost.` is `localhost`).
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.+$/, '');
  if (PRIVATE_NAMES.test(host) || (!host.includes('.') && !host.includes(':'))) return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b, c] = [Number(v4[1]), Number(v4[2]), Number(v4[3])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      // Protocol assignments, documentation and benchmarking networks (RFC 6890).
      (a === 192 && b === 0 && (c === 0 || c === 2)) ||
      (a === 198 && (b === 18 || b === 19)) ||
      (a === 198 && b === 51 && c === 100) ||
      (a === 203 && b === 0 && c === 113) ||
      a >= 224
    );
  }
  if (host.includes(':')) {
    // Loopback and unspecified, unique-local (fc00::/7), link-local (fe80::/10), site-local
    // (fec0::/10), documentation (2001:db8::/32), and every form that carries an IPv4 address
    // inside, which could be a private one: mapped and compatible (::/96, written by the URL
    // parser in hexadecimal), NAT64 (64:ff9b::/96), 6to4 (2002::/16) and Teredo (2001::/32).
    return (
      host === '::1' ||
      host === '::' ||
      /^f[cd][0-9a-f]{2}:/.test(host) ||
      /^fe[89a-f][0-9a-f]:/.test(host) ||
      /^2001:0?db8:/.test(host) ||
      /^::(?:ffff:)?[0-9a-f]{1,4}:[0-9a-f]{1,4}$/.test(host) ||
      /^64:ff9b:/.test(host) ||
      /^2002:/.test(host) ||
      /^2001:0{0,4}:/.test(host)
    );
  }
  return false;
}
