/**
 * A row of mutually exclusive buttons (theme, view): a named group of toggle buttons, the one
 * chosen pressed and filled.
 */
export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  className = '',
}: {
  label: string;
  options: readonly { readonly value: T; readonly label: string }[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className={`inline-flex shrink-0 overflow-hidden rounded-control border border-line text-xs ${className}`}
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className={`px-2 py-1 ${
            value === option.value
              ? 'bg-primary-fill text-on-primary'
              : 'bg-surface text-text hover:bg-surface-muted'
          }`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
