/** The "?" button's popover: how queries match. Native popover, no script of ours. */
export function SearchTips() {
  return (
    <>
      <button
        type="button"
        popoverTarget="search-help"
        className="help-button"
        aria-label="Search tips"
      >
        ?
      </button>
      <div id="search-help" popover="auto" className="help-popover">
        <h2>Search tips</h2>
        <ul>
          <li>
            <code>&quot;new caledonia&quot;</code> finds the exact phrase in the title, lead or
            body.
          </li>
          <li>
            <code>kanak -france</code> leaves out articles whose title, lead or body has the word{' '}
            <em>france</em>.
          </li>
          <li>
            Other words also match the names of the countries, organizations and people an article
            is tagged with; a query with a phrase or a <code>-word</code> searches only the text.
          </li>
          <li>
            Newest and Oldest first put every match in date order (undated last), including articles
            that match only some of your words.
          </li>
          <li>Misspellings are tolerated for longer words.</li>
          <li>
            Use the filters to narrow by country, organization, person, source, language or date.
          </li>
        </ul>
      </div>
    </>
  );
}
