import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

/** CSP hash sources (`'sha256-…'`) of the inline scripts in one HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const scripts = DomUtils.getElementsByTagName('script', parseDocument(html));
  return scripts
    .filter((el) => el.attribs.src === undefined)
    .map((el) => {
      const digest = createHash('sha256').update(DomUtils.textContent(el)).digest('base64');
      return `'sha256-${digest}'`;
    });
}

/**
 * The hashes of every inline script in the pages `next build` prerendered (the API docs, the
 * 404 and global error pages). Those are served as built, so they cannot carry a request's
 * nonce; the page policy allows their exact scripts by hash instead.
 */
export function prerenderedScriptHashes(root: string): string[] {
  const dir = join(root, '.next', 'server', 'app');
  if (!existsSync(dir)) return [];
  const hashes = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    for (const hash of inlineScriptHashes(readFileSync(join(dir, file), 'utf8'))) hashes.add(hash);
  }
  return [...hashes].sort();
}
