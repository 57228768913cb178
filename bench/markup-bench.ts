import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ArticleEntity } from '@/lib/schema/article';
import { markBudget, markEntities, type MarkBudget } from '@/lib/search/mark-entities';

/**
 * `npm run bench -- markup`: the article page's body markup for a 200 KB body made of entity
 * mentions, with the link budget and without it. Prints bytes and milliseconds.
 */
export async function benchMarkup(): Promise<void> {
  const entity = (i: number): ArticleEntity => ({
    kind: i % 2 ? 'person' : 'organization',
    key: `e${i}`,
    name: `Entity${i} Name`,
    count: 1,
    salient: false,
    forms: [`Entity${i}`],
  });
  const entities = Array.from({ length: 40 }, (_, i) => entity(i));
  const sentence = `${entities.map((e) => e.name).join(' met ')}.`;
  const paragraphs = Array.from({ length: Math.ceil(200_000 / sentence.length) }, () => sentence);
  const render = (budget: MarkBudget) => {
    const start = performance.now();
    const body = paragraphs.map((p, i) =>
      createElement(
        'p',
        { key: i },
        markEntities(p, entities, budget).map((s, j) =>
          s.entity
            ? createElement(
                'a',
                {
                  key: j,
                  href: `/?org=${s.entity.key}`,
                  className: 'entity-link',
                  'data-entity': s.entity.kind,
                },
                s.text,
              )
            : s.text,
        ),
      ),
    );
    const html = renderToStaticMarkup(createElement(Fragment, null, body));
    return { bytes: Buffer.byteLength(html), ms: performance.now() - start };
  };
  const bodyBytes = Buffer.byteLength(paragraphs.join('\n\n'));
  for (const [name, budget] of [
    ['unbounded', markBudget(Infinity, Infinity)],
    ['bounded (default)', markBudget()],
  ] as const) {
    const { bytes, ms } = render(budget);
    console.log(
      `${name.padEnd(18)} body ${(bodyBytes / 1024).toFixed(0)} KB → markup ${(bytes / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms`,
    );
  }
  await Promise.resolve();
}
