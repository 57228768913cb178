'use client';

import type { Connector } from 'instantsearch.js';
import { useConnector } from 'react-instantsearch';
import { advancedFilter, emptyAdvanced, type AdvancedState } from '@/lib/search/ui-state';

export type AdvancedRenderState = {
  fw: AdvancedState;
  months: Record<string, number>;
  years: Record<string, number>;
};

type AdvancedDescription = {
  $$type: 'facetwire.advanced';
  renderState: AdvancedRenderState;
  indexRenderState: { fw: AdvancedRenderState };
  indexUiState: { fw: AdvancedState };
};

type FacetResults = { facets?: { name: string; data: Record<string, number> }[] } | null;

function normalize(fw: Partial<AdvancedState> | undefined): AdvancedState {
  return { ...emptyAdvanced(), ...(fw ?? {}) };
}

/**
 * Owns the `fw` part of the UI state. Its search parameters are rebuilt from the UI state
 * whenever it changes (setIndexUiState or routing), so the filter always matches the URL.
 */
const connectAdvanced: Connector<AdvancedDescription, Record<string, never>> =
  (renderFn, unmountFn = () => {}) =>
  (widgetParams) => {
    let fw = emptyAdvanced();
    const state = (results: unknown): AdvancedRenderState => {
      const facets = (results as FacetResults)?.facets;
      return {
        fw,
        months: facets?.find((f) => f.name === 'month')?.data ?? {},
        years: facets?.find((f) => f.name === 'year')?.data ?? {},
      };
    };
    return {
      $$type: 'facetwire.advanced',
      init({ instantSearchInstance }) {
        renderFn({ ...state(null), instantSearchInstance, widgetParams }, true);
      },
      render({ results, instantSearchInstance }) {
        renderFn({ ...state(results), instantSearchInstance, widgetParams }, false);
      },
      dispose({ state: params }) {
        unmountFn();
        return params.setQueryParameter('filters', undefined);
      },
      getWidgetUiState(uiState) {
        return { ...uiState, fw };
      },
      getWidgetSearchParameters(params, { uiState }) {
        fw = normalize(uiState.fw);
        return params
          .setQueryParameter('filters', advancedFilter(fw))
          .addFacet('month')
          .addFacet('year');
      },
      getRenderState(indexRenderState, { results }) {
        return { ...indexRenderState, fw: state(results) };
      },
      getWidgetRenderState({ results }) {
        return { ...state(results), widgetParams };
      },
    };
  };

export function useAdvanced(): AdvancedRenderState {
  return useConnector<Record<string, never>, AdvancedDescription>(
    connectAdvanced,
    {},
    { $$widgetType: 'facetwire.advanced' },
  );
}
