import { useEffect } from 'react';
import { usePortal } from '../stages/portal-context';

/**
 * Room below short content for the colour picker's popover, which renders outside #root and
 * would otherwise be clipped by a frame cut to the board's height.
 */
const MIN_HEIGHT = 560;

/** Keeps the portal's frame as tall as the app's content, following every change of size. */
export function useFitHeight() {
  const portal = usePortal();
  useEffect(() => {
    const root = document.getElementById('root');
    if (!root) return;
    let frame = 0;
    let last = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const height = Math.max(MIN_HEIGHT, Math.ceil(root.getBoundingClientRect().height));
        if (height === last) return;
        last = height;
        portal.fitHeight(height);
      });
    };
    const observer = new ResizeObserver(fit);
    observer.observe(root);
    fit();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [portal]);
}
