import Link from 'next/link';
import { stripBidiControls } from '@/lib/bidi-controls';
import { safeHttpUrl } from '@/lib/safe-url';
import { emptyRoute } from '@/lib/search/search-route';
import { toQueryString } from '@/lib/search-page/url-state';

/** The archive's search for a headline: the related story itself, when the archive holds it. */
export function headlineSearchHref(headline: string): string {
  return `/${toQueryString({ ...emptyRoute(), q: headline.trim().slice(0, 512) })}`;
}

/** An http(s) address links out (no other scheme is ever a link); anything else is a headline. */
function RelatedLink({ entry }: { entry: string }) {
  const href = safeHttpUrl(entry);
  if (href) {
    return (
      <a href={href} rel="noopener noreferrer nofollow">
        {href}
      </a>
    );
  }
  const headline = stripBidiControls(entry);
  return (
    <Link href={headlineSearchHref(headline)} aria-label={`Search the archive for “${headline}”`}>
      {headline}
    </Link>
  );
}

/**
 * An article's "Related links" (a story's "See Also" list): web addresses link out, headlines
 * link to a search for them.
 */
export function RelatedLinks({ related }: { related: string[] }) {
  if (related.length === 0) return null;
  return (
    <section>
      <h2>Related links</h2>
      <ul>
        {related.map((r) => (
          <li key={r}>
            <RelatedLink entry={r} />
          </li>
        ))}
      </ul>
    </section>
  );
}
