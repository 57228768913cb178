'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { lastSearch } from '@/app/search/last-search';

/** Back to the search the reader came from: "/" dropped its query, filters and page. */
export function BackToSearch() {
  // Read after hydration: the server cannot know this tab's search.
  const [href, setHref] = useState('/');
  useEffect(() => setHref(lastSearch()), []);
  return <Link href={href}>← Search</Link>;
}
