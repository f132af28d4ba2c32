import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIALOG_MARGIN, DIALOG_MIN_HEIGHT, dialogPlacement } from './frame-view';

describe('dialogPlacement', () => {
  it.each([
    // The e2e portal: an 873 px frame whose first 557 px fit the 800 px window.
    ['the frame’s top is on screen', { top: 0, bottom: 557 }, 873, { top: 16, maxHeight: 525 }],
    // The same page scrolled down 354 px: the frame's first 111 px are above the window.
    ['the portal page is scrolled', { top: 111, bottom: 873 }, 873, { top: 127, maxHeight: 730 }],
    [
      'a long board seen near its end',
      { top: 2400, bottom: 2957 },
      3000,
      { top: 2416, maxHeight: 525 },
    ],
    // Only 100 px on screen: the dialog keeps its minimum height and ends with the frame.
    [
      'a sliver of the frame on screen',
      { top: 2900, bottom: 3000 },
      3000,
      { top: 2696, maxHeight: 288 },
    ],
    ['nothing known yet', null, 873, { top: 16, maxHeight: 841 }],
    ['a frame shorter than the minimum', null, 300, { top: 16, maxHeight: 268 }],
  ])('%s', (_, view, frameHeight, placement) => {
    expect(dialogPlacement(view, frameHeight)).toEqual(placement);
  });

  it('opens inside the frame, and inside what is on screen whenever that is tall enough', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2 * DIALOG_MARGIN + 1, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        (frameHeight, from, length) => {
          const top = Math.min(from, frameHeight - 1);
          const view = { top, bottom: Math.min(top + length, frameHeight) };
          const place = dialogPlacement(view, frameHeight);
          expect(place.top).toBeGreaterThanOrEqual(DIALOG_MARGIN);
          expect(place.top + place.maxHeight).toBeLessThanOrEqual(frameHeight - DIALOG_MARGIN);
          if (view.bottom - view.top >= DIALOG_MIN_HEIGHT) {
            expect(place.top).toBeGreaterThanOrEqual(view.top);
            expect(place.top + place.maxHeight).toBeLessThanOrEqual(view.bottom);
          }
        },
      ),
    );
  });
});
