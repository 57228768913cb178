import Link from 'next/link';
import { ArticleList } from '@/app/components/article-list';
import { BarChart } from '@/app/components/bar-chart';
import { entityPageHref } from '@/app/components/entity-links';
import { countryName } from '@/lib/display-names';
import type { EntityProfile } from '@/lib/meili/pages';
import { buildHistogram } from '@/lib/search/histogram';

interface Props {
  kindLabel: string;
  name: string;
  profile: EntityProfile;
  searchHref: string;
}

function CoList({
  title,
  items,
  kind,
}: {
  title: string;
  items: [string, number][];
  kind: 'country' | 'organization' | 'person';
}) {
  return (
    <section>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ol>
          {items.map(([value, count]) => {
            const name = kind === 'country' ? countryName(value) : value;
            return (
              <li key={value}>
                <Link href={entityPageHref({ kind, key: value, name })}>{name}</Link>{' '}
                <span className="muted">{count.toLocaleString('en')}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

export function EntityView({ kindLabel, name, profile, searchHref }: Props) {
  const histogram = buildHistogram(profile.months, profile.years);
  return (
    <div className="entity-page">
      <p className="muted">{kindLabel}</p>
      <h1>{name}</h1>
      <p>
        <span data-testid="entity-total">{profile.total.toLocaleString('en')}</span>{' '}
        {profile.total === 1 ? 'article' : 'articles'} ·{' '}
        <Link href={searchHref} className="button-link">
          Search articles with {name}
        </Link>
      </p>
      <section className="coverage">
        <h2>Coverage over time</h2>
        {histogram.buckets.length ? (
          <div style={{ maxWidth: '40rem' }}>
            <BarChart
              buckets={histogram.buckets}
              label={`Articles per ${histogram.granularity} mentioning ${name}`}
              period={histogram.granularity}
              csvName={`${name} per ${histogram.granularity}.csv`}
            />
          </div>
        ) : (
          <p className="muted">No dated articles.</p>
        )}
      </section>
      <div className="entity-grid">
        <CoList title="Countries mentioned with it" items={profile.countries} kind="country" />
        <CoList title="Organizations" items={profile.organizations} kind="organization" />
        <CoList title="People" items={profile.people} kind="person" />
      </div>
      <section>
        <h2>Latest articles</h2>
        <ArticleList articles={profile.latest} />
      </section>
    </div>
  );
}
