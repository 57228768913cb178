import proxyAddr from 'proxy-addr';

export type TrustFn = (addr: string, hop: number) => boolean;

/**
 * FACETWIRE_TRUSTED_PROXIES: a hop count ("1": only the proxy in front of us) or a comma list of
 * addresses, CIDRs and proxy-addr's names (loopback, linklocal, uniquelocal). Throws on a typo.
 */
export function compileTrust(spec: string): TrustFn {
  const trimmed = spec.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const hops = Number(trimmed);
    return (_addr, hop) => hop < hops;
  }
  const list = trimmed.split(',').map((s) => s.trim());
  if (list.some((s) => s === '')) throw new Error(`"${spec}" has an empty entry`);
  return proxyAddr.compile(list);
}
