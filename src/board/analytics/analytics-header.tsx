import { Suspense } from 'react';
import type { Directory, Stage } from '../../domain/stage';
import { analyticsScope } from '../../stages/analytics-scope';
import { useAfterFirstPaint } from '../deferred';
import { LazyAnalyticsControls } from './lazy';

/**
 * The board's analytics controls (issue 14): loaded after the first board is painted, so the
 * history's requests never compete with it, and shown only for pipelines that have a history.
 */
export function AnalyticsHeader({
  directory,
  stages,
}: {
  directory: Directory;
  stages: readonly Stage[];
}) {
  const painted = useAfterFirstPaint();
  if (!painted || !analyticsScope(directory)) return null;
  return (
    <Suspense fallback={null}>
      <LazyAnalyticsControls directory={directory} stages={stages} />
    </Suspense>
  );
}
