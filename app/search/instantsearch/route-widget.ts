'use client';

import type { Connector } from 'instantsearch.js';
import { useConnector } from 'react-instantsearch';
import { routeFilter, type FilterState } from '@/lib/search/route-filter';
import { DEFAULT_PER_PAGE, emptyRoute, type SearchRoute } from '@/lib/search/search-route';
import {
  normalizeFilterState,
  routeToUiState,
  sortIndex,
  sortName,
  uiStateToRoute,
  type SearchUiState,
} from './ui-state';

type RouteDescription = {
  $$type: 'facetwire.route';
  renderState: Record<string, unknown>;
  indexRenderState: Record<string, unknown>;
  indexUiState: SearchUiState;
};

type Params = { indexUid: string };

/** The part of the helper's search parameters that the route sets. */
type HelperParams = { query?: string; index: string; page?: number; hitsPerPage?: number };

const ROUTE_KEYS = ['query', 'sortBy', 'page', 'hitsPerPage', 'fw'] as const;

/** The route the helper's parameters search for; the filters are the last ones applied. */
function paramsRoute(params: HelperParams, fw: FilterState, indexUid: string): SearchRoute {
  return {
    ...emptyRoute(),
    ...fw,
    q: params.query ?? '',
    sort: sortName(indexUid, params.index),
    page: (params.page ?? 0) + 1,
    per: params.hitsPerPage ?? DEFAULT_PER_PAGE,
  };
}

/**
 * The one widget that owns the index UI state: query, sort, page, page size and the `fw`
 * filters. It takes the place of InstantSearch's search box, sort, page-size and pagination
 * widgets, so the page's controls read and write only the SearchRoute (use-route.ts). The
 * search parameters are rebuilt from the UI state whenever it changes (setIndexUiState or
 * routing), so the search always matches the URL. The filters are kept here rather than read
 * back from the parameters: after a failed search InstantSearch restores the last parameters
 * that got results, and (as with the filter widget this replaced) the filters stay as typed.
 */
export const connectRoute: Connector<RouteDescription, Params> =
  (renderFn, unmountFn = () => {}) =>
  (widgetParams) => {
    const { indexUid } = widgetParams;
    let fw = normalizeFilterState(undefined);
    return {
      $$type: 'facetwire.route',
      init({ instantSearchInstance }) {
        renderFn({ instantSearchInstance, widgetParams }, true);
      },
      render({ instantSearchInstance }) {
        renderFn({ instantSearchInstance, widgetParams }, false);
      },
      dispose({ state }) {
        unmountFn();
        return state.setQueryParameters({
          query: undefined,
          page: undefined,
          hitsPerPage: undefined,
          filters: undefined,
          index: indexUid,
        });
      },
      getWidgetUiState(uiState, { searchParameters }) {
        // Every key is this widget's: one left at its default is absent, not stale.
        const others = { ...uiState };
        for (const key of ROUTE_KEYS) delete others[key];
        return {
          ...others,
          ...routeToUiState(paramsRoute(searchParameters, fw, indexUid), indexUid),
        };
      },
      getWidgetSearchParameters(params, { uiState }) {
        const route = uiStateToRoute(uiState, indexUid);
        fw = normalizeFilterState(uiState.fw);
        return params.setQueryParameters({
          query: route.q,
          index: sortIndex(indexUid, route.sort),
          page: route.page - 1,
          hitsPerPage: route.per,
          filters: routeFilter(fw),
        });
      },
      getRenderState(indexRenderState) {
        return indexRenderState;
      },
      getWidgetRenderState() {
        return { widgetParams };
      },
    };
  };

/** Registers the route widget; renders nothing (the controls read the route themselves). */
export function RouteWidget({ indexUid }: Params) {
  useConnector<Params, RouteDescription>(
    connectRoute,
    { indexUid },
    { $$widgetType: 'facetwire.route' },
  );
  return null;
}
