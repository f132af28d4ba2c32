import type { ButtonHTMLAttributes } from 'react';
import { smallAction } from '../action-icons';

/**
 * A card's small icon button whose action is its accessible name and its tooltip (the analytics
 * and outcome controls). Passes its ref and every other prop on, so a Radix trigger can wrap it.
 */
export function ActionButton({
  label,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { label: string }) {
  return (
    <button type="button" className={smallAction} aria-label={label} title={label} {...props} />
  );
}
