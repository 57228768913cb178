/**
 * Browser stand-in for `next/headers` (aliased in next.config.js). react-instantsearch-nextjs
 * imports it but calls it only on the server; bundling the real module pulled ~11 KB gzipped
 * of Next's server request code into the search page.
 */
function serverOnly(): never {
  throw new Error('next/headers is only available on the server');
}

export const headers = serverOnly;
export const cookies = serverOnly;
export const draftMode = serverOnly;
