import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'ghost';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-primary-fill text-on-primary hover:brightness-110',
  secondary: 'border border-line bg-surface text-text hover:bg-surface-sunken',
  ghost: 'text-text hover:bg-surface-sunken',
};

export function Button({
  variant = 'secondary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={`inline-flex min-h-8 items-center gap-1 rounded-control px-3 text-sm font-medium disabled:opacity-50 aria-disabled:opacity-50 ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
