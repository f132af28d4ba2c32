import { lazy } from 'react';

/**
 * Analytics and the outcome change load after the first board (issue 14): Radix, the loader and
 * the funnel are no part of its download. The small parts on each card live in the main bundle.
 */
export const LazyAnalyticsControls = lazy(() =>
  import('./analytics-controls').then((module) => ({ default: module.AnalyticsControls })),
);
