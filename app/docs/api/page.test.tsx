import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { SEARCH_PARAMS } from '@/lib/api/search-params';
import ApiDocsPage from './page';

describe('/docs/api', () => {
  const html = renderToStaticMarkup(<ApiDocsPage />);

  it('documents every endpoint and every search parameter from the OpenAPI document', () => {
    for (const path of Object.keys(buildOpenApiDocument().paths as object)) {
      expect(html).toContain(`GET /api/v1${path}`);
    }
    for (const p of SEARCH_PARAMS) expect(html).toContain(`<code>${p.name}</code>`);
    expect(html).toContain('Example 200 response');
  });

  it('states the rules between parameters and the 413 and 431 answers', () => {
    expect(html).toContain('(page − 1) × limit &lt; 100000');
    expect(html).toContain('the start of from must come before the end of to');
    // A proxy's 413 has the proxy's body: no problem document is promised.
    expect(html).toMatch(/<strong>413<\/strong> A reverse proxy in front of the API[^<]*<\/li>/);
    expect(html).toMatch(/<strong>431<\/strong>[^<]*problem: HeadersTooLarge/);
  });

  it('leaves the long grammars (country codes, dates) to the descriptions, not the type column', () => {
    expect(html).not.toContain('[Aa][Dd');
    expect(html).toContain('An ISO 3166-1 alpha-2 code in any case');
  });

  it("shows the descriptions' `code` spans as code, not as backticks", () => {
    expect(html).toContain('<code>Authorization: Bearer &lt;key&gt;</code>');
    expect(html).toContain('<code>invalid-params</code>');
    expect(html).not.toContain('`');
  });

  it('has an anchor for each problem type the API links to', () => {
    for (const slug of ['invalid-parameters', 'rate-limited', 'unavailable', 'not-found']) {
      expect(html).toContain(`id="problem-${slug}"`);
    }
  });

  it('is self-contained and structured for assistive technology', () => {
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('<th scope="col">Name</th>');
    expect(html).toContain('<caption>Parameters of GET /search</caption>');
  });
});
