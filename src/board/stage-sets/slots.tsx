import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';

/**
 * Where issue 13 enters the board, the navigation and the header: each slot renders nothing
 * until the first board has been painted, then loads its part (bundle budget: the first board
 * must not wait for stage sets).
 */
function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // Passive effects run after the paint; the timeout lets that frame go out first.
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return painted;
}

const Bar = lazy(() => import('./stage-set-bar').then((m) => ({ default: m.StageSetBar })));
const Tools = lazy(() => import('./pipeline-tools').then((m) => ({ default: m.PipelineTools })));
const ExportAll = lazy(() =>
  import('./export-all-button').then((m) => ({ default: m.ExportAllButton })),
);

export function StageSetBarSlot(props: ComponentProps<typeof Bar>) {
  return useAfterPaint() ? (
    <Suspense fallback={null}>
      <Bar {...props} />
    </Suspense>
  ) : null;
}

export function PipelineToolsSlot(props: ComponentProps<typeof Tools>) {
  return useAfterPaint() ? (
    <Suspense fallback={null}>
      <Tools {...props} />
    </Suspense>
  ) : null;
}

export function ExportAllSlot(props: ComponentProps<typeof ExportAll>) {
  return useAfterPaint() ? (
    <Suspense fallback={null}>
      <ExportAll {...props} />
    </Suspense>
  ) : null;
}
