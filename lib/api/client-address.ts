import 'server-only';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';
import type { IncomingMessage } from 'node:http';
import type { TrustFn } from '@/lib/trusted-proxies';
import { CLIENT_IP_HEADER } from './client-ip';

/**
 * The address that connected to the first proxy we trust: X-Forwarded-For read from the right,
 * skipping trusted hops, starting at the socket address our web server recorded. Entries a
 * client wrote itself sit left of that and are never reached. Without `trust`, the socket address.
 */
export function clientAddressOf(request: Request, trust: TrustFn | null): string {
  const socket = request.headers.get(CLIENT_IP_HEADER);
  if (!socket) return 'unknown';
  if (!trust) return socket;
  const forwarded = request.headers.get('x-forwarded-for');
  // proxy-addr reads only these two fields of a Node request.
  const shim = {
    socket: { remoteAddress: socket },
    connection: { remoteAddress: socket },
    headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
  } as unknown as IncomingMessage;
  return proxyAddr(shim, trust);
}

/**
 * The rate-limit identity of an address: IPv6 clients get a whole /64 each (one subscriber's
 * share), so cycling through it does not buy fresh budgets.
 */
export function meterKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address); // ::ffff:1.2.3.4 → 1.2.3.4
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(':')}::/64`;
}
