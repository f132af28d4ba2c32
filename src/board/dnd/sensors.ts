import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useMemo } from 'react';

// Module constants, not literals: useSensor memoises on the options object, and a new object per
// render gives every handle new listeners, so every memoised card re-rendered on each drag event.
const POINTER = { activationConstraint: { distance: 4 } };
const TOUCH = { activationConstraint: { delay: 200, tolerance: 6 } };

/**
 * Mouse, touch and keyboard, shared by the stage board and the reference books. A pointer drag
 * starts after 4 px so a click on the handle stays a click; touch waits 200 ms so the page can
 * still scroll under a finger.
 */
export function useDragSensors(coordinateGetter: KeyboardCoordinateGetter) {
  const keyboard = useMemo(() => ({ coordinateGetter }), [coordinateGetter]);
  return useSensors(
    useSensor(PointerSensor, POINTER),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, keyboard),
  );
}
