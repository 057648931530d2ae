import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Addresses no webhook may reach: private, shared, link-local, documentation, multicast, reserved (RFC 6890). */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

export class RefusedDestinationError extends Error {}

export interface VettedDestination {
  url: URL;
  /** The address to connect to: checked here, so a second DNS answer cannot swap it (DNS rebinding). */
  address: string;
  family: 4 | 6;
}

/** Whether a literal address may be reached; IPv4-mapped IPv6 is judged as the IPv4 address it carries. */
export function mayReach(address: string, allowLoopback: boolean): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (LOOPBACK.check(ip, family)) return allowLoopback;
  return !PRIVATE.check(ip, family);
}

/**
 * Resolves the webhook's host and checks every address it resolves to: one private address
 * among public ones is enough to refuse, since the connection could land on any of them.
 * Loopback is allowed only when the operator says so (tests and development).
 */
export async function vetDestination(target: string, allowLoopback: boolean): Promise<VettedDestination> {
  const url = new URL(target);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RefusedDestinationError(`${url.protocol} is not http(s)`);
  if (url.username || url.password) throw new RefusedDestinationError('credentials in the URL are refused');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) as 4 | 6 }] : await lookup(host, { all: true, verbatim: true });
  if (addresses.length === 0) throw new RefusedDestinationError(`${host} resolves to no address`);
  const refused = addresses.find((candidate) => !mayReach(candidate.address, allowLoopback));
  if (refused) throw new RefusedDestinationError(`${host} resolves to ${refused.address}, a private, loopback or reserved address`);
  return { url, address: addresses[0].address, family: addresses[0].family as 4 | 6 };
}
