export function SearchUnavailable() {
  return (
    <div role="alert" className="notice notice-error" data-testid="search-error">
      <h1>Search is unavailable right now</h1>
      <p>We could not reach the search service. Please reload the page in a moment.</p>
    </div>
  );
}
