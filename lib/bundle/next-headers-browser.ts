/**
 * Browser stand-in for `next/headers` (aliased in next.config.js). react-instantsearch-nextjs
 * imports it but calls it only on the server; the real one would bundle Next's server code.
 */
function serverOnly(): never {
  throw new Error('next/headers is only available on the server');
}

export const headers = serverOnly;
export const cookies = serverOnly;
export const draftMode = serverOnly;
