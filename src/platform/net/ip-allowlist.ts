import { BlockList, isIP } from 'node:net';

/** One address range: `203.0.113.0/24`, `2001:db8::/32`, or a single address (a /32 or /128). */
export interface IpRange {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

// An IPv4 client seen through a dual-stack socket arrives as `::ffff:203.0.113.7`.
const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** The address as the allowlist compares it: IPv4-mapped IPv6 unwrapped, zone id dropped. */
export function normalizeIp(ip: string): string {
  const bare = ip.trim().replace(/%.*$/, '');
  return MAPPED_V4.exec(bare)?.[1] ?? bare;
}

/** Parses `address[/prefix]`; null when it is not an IPv4 or IPv6 range. */
export function parseIpRange(text: string): IpRange | null {
  const [rawAddress, rawPrefix, extra] = text.trim().split('/');
  if (extra !== undefined || !rawAddress) return null;
  const address = normalizeIp(rawAddress);
  const version = isIP(address);
  if (version === 0) return null;
  const max = version === 4 ? 32 : 128;
  if (rawPrefix !== undefined && !/^\d{1,3}$/.test(rawPrefix)) return null;
  const prefix = rawPrefix === undefined ? max : Number(rawPrefix);
  if (prefix > max) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Whether every entry is a range `parseIpRange` reads. */
export function isIpRange(text: string): boolean {
  return parseIpRange(text) !== null;
}

/**
 * Whether `ip` falls in one of `ranges`. An empty list allows any address; an unknown address
 * (null: no socket address) is allowed only by an empty list.
 */
export function isIpAllowed(ranges: readonly string[], ip: string | null): boolean {
  if (ranges.length === 0) return true;
  if (!ip) return false;
  const address = normalizeIp(ip);
  const version = isIP(address);
  if (version === 0) return false;
  const list = new BlockList();
  for (const text of ranges) {
    const range = parseIpRange(text);
    if (range) list.addSubnet(range.address, range.prefix, range.family);
  }
  return list.check(address, version === 4 ? 'ipv4' : 'ipv6');
}
