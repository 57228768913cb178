import { quantileMs } from './stats';

/** One search request as Resource Timing and the proxy's Server-Timing saw it (page clock). */
export interface RequestTiming {
  /** The hits search of a keystroke, or the facet counts that follow it. */
  facets: boolean;
  start: number;
  end: number;
  request: number;
  proxy: number;
  meili: number;
  /** The answer's body as it crossed the network (compressed) and as the page read it. */
  wireBytes: number;
  bytes: number;
}

/** A keystroke on the page clock: keydown, and the first DOM mutation showing its results. */
export interface KeyTimes {
  t0: number;
  done: number;
}

/** Where one keystroke's time went, in ms. */
export interface KeystrokePhases {
  /** keydown → the hits request leaves (input handling, InstantSearch, fetch) */
  keyToRequest: number;
  /** the hits request as the browser saw it, and the proxy's and Meilisearch's share of it */
  request: number;
  proxy: number;
  meili: number;
  /** response received → its results in the DOM (parsing, InstantSearch, React) */
  responseToDom: number;
}

/**
 * Splits each keystroke at its hits request: the first one sent after the keydown that answered
 * before the results showed. Keystrokes answered without a request (from the client's cache)
 * have no phases and are left out.
 */
export function keystrokePhases(keys: KeyTimes[], requests: RequestTiming[]): KeystrokePhases[] {
  const hits = requests.filter((r) => !r.facets).sort((a, b) => a.start - b.start);
  const out: KeystrokePhases[] = [];
  for (const k of keys) {
    const r = hits.find((h) => h.start >= k.t0 && h.end <= k.done);
    if (!r) continue;
    out.push({
      keyToRequest: r.start - k.t0,
      request: r.end - r.start,
      proxy: r.proxy,
      meili: r.meili,
      responseToDom: k.done - r.end,
    });
  }
  return out;
}

/** The median of each phase (NaN where there were none). */
export function medianPhases(phases: KeystrokePhases[]): KeystrokePhases {
  const median = (f: (p: KeystrokePhases) => number) => quantileMs(phases.map(f), 0.5);
  return {
    keyToRequest: median((p) => p.keyToRequest),
    request: median((p) => p.request),
    proxy: median((p) => p.proxy),
    meili: median((p) => p.meili),
    responseToDom: median((p) => p.responseToDom),
  };
}

export function describePhases(p: KeystrokePhases): string {
  return (
    `key→request ${p.keyToRequest}, request ${p.request} (proxy ${p.proxy}, Meilisearch ` +
    `${p.meili}), response→DOM ${p.responseToDom}`
  );
}
