import { useId } from 'react';

type Option = readonly [value: string, text: string];
/** Options under a heading, as an `<optgroup>`. */
export interface OptionGroup {
  readonly group: string;
  readonly options: readonly Option[];
}

const optionList = (options: readonly Option[]) =>
  options.map(([option, text]) => (
    <option key={option} value={option}>
      {text}
    </option>
  ));

/**
 * A native select with its visible label: the browser gives keyboard use, screen readers and
 * touch pickers for free. Options are [value, text]; texts (stage and pipeline names) are shown
 * as text, never as HTML; an OptionGroup lists its options under its heading. `stacked` puts the
 * label above, otherwise beside it.
 */
export function Select({
  label,
  value,
  options,
  onChange,
  disabled = false,
  stacked = true,
  className = '',
}: {
  label: string;
  value: string;
  options: readonly (Option | OptionGroup)[];
  onChange: (value: string) => void;
  disabled?: boolean;
  stacked?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <span className={`flex gap-1 ${stacked ? 'flex-col' : 'flex-wrap items-center'} ${className}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        className="min-h-8 rounded-control border border-line bg-surface px-2 py-1 text-sm text-text"
      >
        {options.map((entry) =>
          'group' in entry ? (
            <optgroup key={`group:${entry.group}`} label={entry.group}>
              {optionList(entry.options)}
            </optgroup>
          ) : (
            optionList([entry])
          ),
        )}
      </select>
    </span>
  );
}
