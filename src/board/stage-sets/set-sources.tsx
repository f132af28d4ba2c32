import { useId, useState, type DragEvent } from 'react';
import { objectOf } from '../../domain/directories';
import { TEMPLATE_IDS, templateName, type TemplateId } from '../../domain/stage-set-templates';
import type { Directory } from '../../domain/stage';
import { useI18n, useT } from '../../i18n/i18n-context';
import { Select } from '../../ui/select';
import { readPickedFile, type ApplyFlow } from './use-apply-flow';
import '../../i18n/stage-sets/dialog';

const field = 'rounded-control border border-line bg-surface px-2 py-1 text-sm text-text';
/** Every source's label in one size: the selects' labels used to inherit the dialog's larger one. */
const label = 'text-sm';
/**
 * The native file input, its button drawn as the app's secondary Button (src/ui/button.tsx), so it
 * reads as a control and shows the focus outline on the button rather than around bare text.
 */
const picker =
  'w-full max-w-md rounded-control text-sm text-muted file:me-3 file:inline-flex file:min-h-8 file:cursor-pointer file:items-center file:rounded-control file:border file:border-line file:bg-surface file:px-3 file:text-sm file:font-medium file:text-text hover:file:bg-surface-sunken';

/**
 * The four places a set can come from: a file (picker, or dropped on the dialog), pasted JSON,
 * another directory of the same kind, or a built-in template. The last one used is the source.
 */
export function SetSources({
  flow,
  directory,
  directories,
}: {
  flow: ApplyFlow;
  directory: Directory;
  directories: readonly Directory[];
}) {
  const { lang } = useI18n();
  const t = useT();
  const ids = { file: useId(), paste: useId() };
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const sameKind = directories.filter(
    (d) =>
      d.hasSemantics &&
      d.entityId !== directory.entityId &&
      objectOf(d.entityId) === objectOf(directory.entityId),
  );
  const source = flow.source;
  const pickFile = async (file: File | undefined) => {
    if (file) flow.choose({ kind: 'file', name: file.name, verdict: await readPickedFile(file) });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void pickFile(event.dataTransfer.files[0]);
  };
  return (
    // Dropping a file anywhere here is a shortcut for the file input above, which stays the
    // keyboard's way in: the handlers add nothing a keyboard cannot do.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a file drop target
    <div
      role="group"
      aria-label={t('stageSetSources')}
      className={`flex flex-col gap-3 rounded-control border border-dashed p-3 ${dragging ? 'border-primary-fill bg-surface-sunken' : 'border-line'}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.file} className={label}>
          {t('stageSetFile')}
        </label>
        <input
          id={ids.file}
          type="file"
          accept=".json,application/json"
          className={picker}
          onChange={(event) => void pickFile(event.target.files?.[0])}
        />
        <p className="text-xs text-muted">{t('stageSetDrop')}</p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.paste} className={label}>
          {t('stageSetJson')}
        </label>
        <textarea
          id={ids.paste}
          rows={4}
          value={text}
          spellCheck={false}
          className={`${field} font-mono text-xs`}
          onChange={(event) => {
            setText(event.target.value);
            flow.choose({ kind: 'paste', text: event.target.value });
          }}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <Select
          className={label}
          label={t('copyStagesFrom')}
          value={source?.kind === 'copy' ? source.entityId : ''}
          options={[
            ['', t('chooseNone')],
            ...sameKind.map((d): [string, string] => [d.entityId, d.name]),
          ]}
          onChange={(value) => value && flow.choose({ kind: 'copy', entityId: value })}
        />
        <Select
          className={label}
          label={t('template')}
          value={source?.kind === 'template' ? source.id : ''}
          options={[
            ['', t('chooseNone')],
            ...TEMPLATE_IDS.map((id): [string, string] => [id, templateName(id, lang)]),
          ]}
          onChange={(value) => value && flow.choose({ kind: 'template', id: value as TemplateId })}
        />
        {flow.fileDirectories && (
          <Select
            className={label}
            label={t('directoryInFile')}
            value={String(
              flow.chosen ??
                Math.max(
                  0,
                  flow.fileDirectories.findIndex((d) => d.entityId === directory.entityId),
                ),
            )}
            options={flow.fileDirectories.map((d, i): [string, string] => [String(i), d.name])}
            onChange={(value) => flow.chooseDirectory(Number(value))}
          />
        )}
      </div>
      <p className="text-sm text-muted" aria-live="polite">
        {source === null
          ? t('stageSetNoSource')
          : source.kind === 'file'
            ? t('stageSetSourceFile', { name: source.name })
            : source.kind === 'paste'
              ? t('stageSetSourcePaste')
              : source.kind === 'copy'
                ? t('stageSetSourceCopy', {
                    name: sameKind.find((d) => d.entityId === source.entityId)?.name ?? '',
                  })
                : t('stageSetSourceTemplate', { name: templateName(source.id, lang) })}
      </p>
    </div>
  );
}
