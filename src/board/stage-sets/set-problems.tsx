import type { SetProblem, SetProblemCode } from '../../domain/stage-set-validate';
import type { MessageKey } from '../../i18n/messages';
import '../../i18n/stage-sets/dialog';
import { useT } from '../../i18n/i18n-context';

const TEXT: Record<SetProblemCode, MessageKey | MessageKey> = {
  'too-large': 'problemTooLarge',
  binary: 'problemBinary',
  'malformed-json': 'problemMalformedJson',
  'not-an-object': 'problemNotAnObject',
  format: 'problemFormat',
  version: 'problemVersion',
  missing: 'problemMissing',
  'wrong-type': 'problemWrongType',
  'exported-at': 'problemExportedAt',
  'no-directories': 'problemNoDirectories',
  'too-many-stages': 'problemTooManyStages',
  'unknown-group': 'problemUnknownGroup',
  'no-success': 'problemNoSuccess',
  'two-success': 'problemTwoSuccess',
  'no-process': 'problemNoProcess',
  'no-failure': 'problemNoFailure',
  'name-empty': 'problemNameEmpty',
  'name-zero': 'problemNameZero',
  'name-too-long': 'problemNameTooLong',
  'name-control': 'problemNameControl',
  colour: 'problemColour',
  'code-invalid': 'problemCodeInvalid',
  'duplicate-code': 'problemDuplicateCode',
  'order-invalid': 'problemOrderInvalid',
  'duplicate-order': 'problemDuplicateOrder',
  'group-order': 'problemGroupOrder',
};

/** Every problem of a refused set, each with its place; nothing was sent. */
export function SetProblems({ problems }: { problems: readonly SetProblem[] }) {
  const t = useT();
  const place = (p: SetProblem) =>
    p.directory === null
      ? t('problemPlaceFile')
      : p.stage === null
        ? t('problemPlaceDirectory', { directory: p.directory })
        : t('problemPlaceStage', { directory: p.directory, stage: p.stage });
  return (
    <div
      role="alert"
      className="flex flex-col gap-1 rounded-control bg-warning-surface px-3 py-2 text-sm"
    >
      <p className="font-medium">{t('stageSetRefused', { count: problems.length })}</p>
      <ul className="list-disc pl-5">
        {problems.map((p, i) => (
          <li key={i}>
            {place(p)}: {t(TEXT[p.code], { value: p.value ?? '' })}
            {p.pointer !== '' && <span className="text-xs text-muted"> ({p.pointer})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
