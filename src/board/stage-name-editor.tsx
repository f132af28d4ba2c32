import { useId, useState } from 'react';
import {
  STAGE_NAME_MAX_LENGTH,
  trimStageName,
  validateStageName,
  type StageNameProblem,
} from '../domain/stage-name';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';

const REASONS: Record<StageNameProblem, MessageKey> = {
  empty: 'nameEmpty',
  zero: 'nameZero',
  'too-long': 'nameTooLong',
  'control-chars': 'nameControlChars',
};

/**
 * Inline rename: Enter or leaving the field saves, Escape cancels. An invalid name stays in the
 * field with the reason beside it, so nothing the admin typed is lost. The field's placeholder is
 * its label; `hint` adds the keys under it, for a field that opens empty (a new stage), where
 * nothing else says what to type or how to finish.
 */
export function StageNameEditor({
  initial,
  onSave,
  onCancel,
  label,
  hint = false,
}: {
  initial: string;
  hint?: boolean;
  /** Accessible name of the field; `Stage name` unless told otherwise. */
  label?: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const errorId = useId();
  const hintId = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    // Leaving a name as it was sends nothing, so it is never refused: a stage the portal already
    // calls "0" (added by another tool) can be opened and left without an error.
    if (initial !== '' && trimStageName(value) === initial) {
      onCancel();
      return;
    }
    const result = validateStageName(value);
    if (!result.ok) {
      setError(t(REASONS[result.reason], { max: STAGE_NAME_MAX_LENGTH }));
      return;
    }
    onSave(result.value);
  };

  return (
    <div className="flex flex-col gap-1">
      <input
        // The editor opens on an explicit request (button or double-click): focus belongs here.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        aria-label={label ?? t('stageName')}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : hint ? hintId : undefined}
        placeholder={label ?? t('stageName')}
        className="w-full rounded-control border border-line bg-surface px-2 py-1 text-sm text-text"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
        onBlur={commit}
        onFocus={(e) => e.currentTarget.select()}
      />
      {hint && !error && (
        <p id={hintId} className="text-xs text-muted">
          {t('nameEditorHint')}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-xs text-alert">
          {error}
        </p>
      )}
    </div>
  );
}
