import Link from 'next/link';
import { emptyRoute, toQueryString } from '@/lib/search/url-state';

/** The archive's search for a headline: the related story itself, when the archive holds it. */
export function headlineSearchHref(headline: string): string {
  return `/${toQueryString({ ...emptyRoute(), q: headline.trim().slice(0, 512) })}`;
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
            {/^https?:\/\//.test(r) ? (
              <a href={r} rel="noopener noreferrer nofollow">
                {r}
              </a>
            ) : (
              <Link href={headlineSearchHref(r)} aria-label={`Search the archive for “${r}”`}>
                {r}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
