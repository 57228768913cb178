import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE_TITLE, TITLE_TEMPLATE } from '@/lib/search-page/page-title';
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
        {/* Plain links, each a full page load: next/link weighs on the search page's JS budget. */}
        <header className="site-header">
          <a href="/" className="brand">
            Facetwire
          </a>
          <nav aria-label="Site">
            <a href="/docs/api">API</a>
          </nav>
        </header>
        <main className="site-main" id="main">
          {children}
        </main>
      </body>
    </html>
  );
}
