import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <div className="notice">
      <h1>Not found</h1>
      <p>
        There is no such page in the archive. <a href="/">Back to search</a>
      </p>
    </div>
  );
}
