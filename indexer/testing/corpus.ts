import { writeFile } from 'node:fs/promises';

const PLACES = ['Valmora', 'Eastport', 'Lindholm', 'Corva', 'Brent Hills'];
const TOPICS = ['budget', 'harbour', 'rail line', 'school', 'hospital', 'bridge'];

export interface GeneratedArticle {
  id: string;
  title: string;
  body: string;
  publishedAt: string | null;
  source: string;
  url: string;
}

/** Deterministic synthetic briefs (our own text) for integration tests. */
export function generateArticles(n: number, variant = ''): GeneratedArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const place = PLACES[i % PLACES.length]!;
    const topic = TOPICS[i % TOPICS.length]!;
    return {
      id: `gen-${i}`,
      title: `${place} council debates ${topic} plan number ${i}${variant}`,
      body:
        `Councillors in ${place} met on Tuesday to discuss the ${topic} plan. ` +
        `The proposal, the ${i}th this year, would cost ${(i % 90) + 10} million. ${variant}`,
      publishedAt: i % 7 === 0 ? null : `2024-0${(i % 9) + 1}-1${i % 10}`,
      source: 'Test Wire',
      url: `https://wire.example/item/${i}`,
    };
  });
}

export async function writeJsonl(path: string, articles: readonly object[]): Promise<void> {
  await writeFile(path, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
}
