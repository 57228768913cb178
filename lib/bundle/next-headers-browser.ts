/**
 * Browser stand-in for `next/headers` (aliased in next.config.js). react-instantsearch-nextjs
 * imports it but calls it only on the server; bundling the real module pulled ~11 KB gzipped
 * of Next's server request code into the search page.
 */
export function headers(): never {
  throw new Error('next/headers is only available on the server');
}

export function cookies(): never {
  throw new Error('next/headers is only available on the server');
}

export function draftMode(): never {
  throw new Error('next/headers is only available on the server');
}
