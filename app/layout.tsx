import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SITE_TITLE, TITLE_TEMPLATE } from '@/lib/search/page-title';
import './globals.css';

export const metadata: Metadata = {
  title: { default: SITE_TITLE, template: TITLE_TEMPLATE },
  description: 'Search news archives by country, organization, person and date.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Facetwire
          </Link>
          <nav aria-label="Site">
            <Link href="/docs/api">API</Link>
          </nav>
        </header>
        <main className="site-main" id="main">
          {children}
        </main>
      </body>
    </html>
  );
}
