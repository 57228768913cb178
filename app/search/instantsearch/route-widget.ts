'use client';

import type { Connector } from 'instantsearch.js';
import { useConnector } from 'react-instantsearch';
import { normalizeFilterState } from './ui-state';
import { routeFilter, type FilterState } from '@/lib/search/route-filter';

type FilterDescription = {
  $$type: 'facetwire.filter';
  renderState: { fw: FilterState };
  indexRenderState: { fw: { fw: FilterState } };
  indexUiState: { fw: FilterState };
};

/**
 * Owns the `fw` part of the UI state (every facet value, exclusion, match mode, country scope
 * and date range). Its search parameters are rebuilt from the UI state whenever it changes
 * (setIndexUiState or routing), so the filter always matches the URL.
 */
const connectFilter: Connector<FilterDescription, Record<string, never>> =
  (renderFn, unmountFn = () => {}) =>
  (widgetParams) => {
    let fw = normalizeFilterState(undefined);
    return {
      $$type: 'facetwire.filter',
      init({ instantSearchInstance }) {
        renderFn({ fw, instantSearchInstance, widgetParams }, true);
      },
      render({ instantSearchInstance }) {
        renderFn({ fw, instantSearchInstance, widgetParams }, false);
      },
      dispose({ state: params }) {
        unmountFn();
        return params.setQueryParameter('filters', undefined);
      },
      getWidgetUiState(uiState) {
        return { ...uiState, fw };
      },
      getWidgetSearchParameters(params, { uiState }) {
        fw = normalizeFilterState(uiState.fw);
        return params.setQueryParameter('filters', routeFilter(fw));
      },
      getRenderState(indexRenderState) {
        return { ...indexRenderState, fw: { fw } };
      },
      getWidgetRenderState() {
        return { fw, widgetParams };
      },
    };
  };

/** Registers the filter widget; renders nothing (it has nothing to show). */
export function FilterWidget() {
  useConnector<Record<string, never>, FilterDescription>(
    connectFilter,
    {},
    { $$widgetType: 'facetwire.filter' },
  );
  return null;
}
