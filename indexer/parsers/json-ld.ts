const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle)$/;

export interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
  description: string | null;
  articleBody: string | null;
  inLanguage: string | null;
  authors: string[];
}

type Obj = Record<string, unknown>;

function flatten(value: unknown): Obj[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!value || typeof value !== 'object') return [];
  const obj = value as Obj;
  return [obj, ...flatten(obj['@graph'])];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object')
    return str((v as Obj).name ?? (v as Obj)['@id'] ?? (v as Obj).url);
  return null;
}

function isArticle(o: Obj): boolean {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

/** The first NewsArticle-like object in the page's JSON-LD blocks (bad JSON is ignored). */
export function newsArticleFromJsonLd(blocks: readonly string[]): LdArticle | null {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block);
    } catch {
      continue;
    }
    const article = flatten(parsed).find(isArticle);
    if (!article) continue;
    const authors = (Array.isArray(article.author) ? article.author : [article.author])
      .map(str)
      .filter((a): a is string => Boolean(a));
    return {
      headline: str(article.headline) ?? str(article.name),
      datePublished: str(article.datePublished) ?? str(article.dateCreated),
      publisher: str(article.publisher),
      url: str(article.url) ?? str(article.mainEntityOfPage),
      description: str(article.description),
      articleBody: str(article.articleBody),
      inLanguage: str(article.inLanguage),
      authors,
    };
  }
  return null;
}
