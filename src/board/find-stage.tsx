import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';

const SHOWN = 8;

const fold = (text: string) => text.toLocaleLowerCase().trim();

/**
 * The stages whose name or STATUS_ID contains the query, best first: an exact name or code, then
 * those that start with it, then the rest in the board's order.
 */
export function findStages(stages: readonly Stage[], query: string): Stage[] {
  const q = fold(query);
  if (q === '') return [];
  const rank = (stage: Stage) => {
    const fields = [fold(stage.name), fold(stage.statusId)];
    if (fields.some((f) => f === q)) return 0;
    if (fields.some((f) => f.startsWith(q))) return 1;
    return fields.some((f) => f.includes(q)) ? 2 : -1;
  };
  return stages
    .map((stage, order) => ({ stage, order, rank: rank(stage) }))
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((m) => m.stage);
}

/**
 * `Find stage`: type part of a name or code, pick a match (arrows and Enter, or a click), and the
 * board scrolls to that stage and focuses its handle. Enter alone takes the best match.
 */
export function FindStage({
  stages,
  onFound,
}: {
  /** In the board's order. */
  stages: readonly Stage[];
  onFound: (stage: Stage) => void;
}) {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => findStages(stages, query), [stages, query]);
  const shown = open ? matches.slice(0, SHOWN) : [];
  const optionId = (index: number) => `${listId}-${index}`;

  const go = (stage: Stage | undefined) => {
    if (!stage) return;
    setOpen(false);
    onFound(stage);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const last = Math.min(matches.length, SHOWN) - 1;
      setActive((a) => Math.max(0, Math.min(last, a + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(matches[Math.min(active, matches.length - 1)]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <input
        type="search"
        aria-label={t('findStage')}
        placeholder={t('findStagePlaceholder')}
        aria-controls={listId}
        aria-activedescendant={shown.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="w-56 rounded-control border border-line bg-surface px-2 py-1 text-sm text-text"
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t('findStage')}
        hidden={shown.length === 0}
        className="absolute top-full left-0 z-40 mt-1 w-72 overflow-hidden rounded-control border border-line bg-surface text-sm shadow-lg"
      >
        {shown.map((stage, index) => (
          // The field keeps focus and owns the keyboard (aria-activedescendant); a click on an
          // option is the pointer's way to the same choice.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={stage.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="flex cursor-pointer items-baseline gap-2 px-2 py-1 aria-selected:bg-surface-sunken"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(stage)}
          >
            <span className="min-w-0 flex-1 truncate">{stage.name}</span>
            <span className="shrink-0 font-mono text-xs text-muted">{stage.statusId}</span>
          </div>
        ))}
      </div>
      <span role="status" className="sr-only">
        {query.trim() !== '' && t('findResults', { count: matches.length })}
      </span>
    </div>
  );
}
