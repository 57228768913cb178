import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <div className="notice">
      <h1>Not found</h1>
      <p>
        There is no such page in the archive. <Link href="/">Back to search</Link>
      </p>
    </div>
  );
}
