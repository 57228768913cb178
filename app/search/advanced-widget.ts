'use client';

import type { Connector } from 'instantsearch.js';
import { useConnector } from 'react-instantsearch';
import { advancedFilter, emptyAdvanced, type AdvancedState } from '@/lib/search/ui-state';

export interface AdvancedRenderState {
  fw: AdvancedState;
  months: Record<string, number>;
  years: Record<string, number>;
}

type AdvancedDescription = {
  $$type: 'facetwire.advanced';
  renderState: AdvancedRenderState;
  indexRenderState: { fw: AdvancedRenderState };
  indexUiState: { fw: AdvancedState };
};

function normalize(fw: Partial<AdvancedState> | undefined): AdvancedState {
  return { ...emptyAdvanced(), ...(fw ?? {}) };
}

/**
 * Owns the `fw` part of the UI state. Its search parameters are rebuilt from the UI state
 * whenever it changes (setIndexUiState or routing), so the filter always matches the URL.
 */
const connectAdvanced: Connector<AdvancedDescription, object> =
  (renderFn, unmountFn = () => {}) =>
  (widgetParams) => {
    let fw = emptyAdvanced();
    const renderState = (results: { facets?: { name: string; data: Record<string, number> }[] } | null | undefined): AdvancedRenderState => ({
      fw,
      months: results?.facets?.find((f) => f.name === 'month')?.data ?? {},
      years: results?.facets?.find((f) => f.name === 'year')?.data ?? {},
    });
    return {
      $$type: 'facetwire.advanced',
      init(options) {
        renderFn({ ...renderState(null), instantSearchInstance: options.instantSearchInstance, widgetParams }, true);
      },
      render(options) {
        renderFn(
          { ...renderState(options.results), instantSearchInstance: options.instantSearchInstance, widgetParams },
          false,
        );
      },
      dispose({ state }) {
        unmountFn();
        return state.setQueryParameter('filters', undefined);
      },
      getWidgetUiState(uiState) {
        return { ...uiState, fw };
      },
      getWidgetSearchParameters(state, { uiState }) {
        fw = normalize(uiState.fw);
        return state
          .setQueryParameter('filters', advancedFilter(fw))
          .addFacet('month')
          .addFacet('year');
      },
      getRenderState(indexRenderState, options) {
        return { ...indexRenderState, fw: this.getWidgetRenderState(options) };
      },
      getWidgetRenderState(options) {
        return { ...renderState(options.results), widgetParams };
      },
    };
  };

export function useAdvanced(): AdvancedRenderState {
  return useConnector(connectAdvanced, {}, { $$widgetType: 'facetwire.advanced' });
}
