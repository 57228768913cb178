/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ['better-sqlite3'],
  typescript: { ignoreBuildErrors: false },
  // Browser-only replacements for modules the search page imports but never runs in the
  // browser (see the files for why); the server keeps the real ones.
  turbopack: {
    resolveAlias: {
      qs: { browser: './lib/bundle/qs-browser.ts' },
      'next/headers.js': { browser: './lib/bundle/next-headers-browser.ts' },
      'next/headers': { browser: './lib/bundle/next-headers-browser.ts' },
    },
  },
};

export default nextConfig;
