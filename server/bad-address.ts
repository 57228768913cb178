import 'server-only';
import type { ServerResponse } from 'node:http';

/**
 * A path with a broken %-escape ("/people/%E0%A4%A") cannot name any page: the link is wrong, so
 * the reader gets a 400 page (Next would answer a bare 500).
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bad address · Facetwire</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem;">
<main>
<h1>Bad address</h1>
<p>This link is damaged: part of it is not valid URL encoding, so it cannot name a page.</p>
<p><a href="/">Go to the search</a></p>
</main>
</body>
</html>
`;

export function sendBadAddress(res: ServerResponse, method: string): void {
  res.writeHead(400, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(PAGE),
    'Cache-Control': 'no-store',
  });
  res.end(method === 'HEAD' ? undefined : PAGE);
}
