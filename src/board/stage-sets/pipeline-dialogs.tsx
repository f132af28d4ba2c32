import * as Dialog from '@radix-ui/react-dialog';
import { DialogPanel } from '../../ui/dialog-panel';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Directory } from '../../domain/stage';
import { usePipelineCommands, type DeleteCheck } from '../../stages/use-pipelines';
import { Button } from '../../ui/button';
import { errorMessage } from '../error-message';
import type { PipelineAction } from './pipeline-tools';
import '../../i18n/stage-sets/dialog';
import { useT } from '../../i18n/i18n-context';

/** `New pipeline` and `Rename pipeline <NAME>` (a `Pipeline name` field), `Delete pipeline <NAME>`. */
export function PipelineDialog({
  action,
  onClose,
  onSelect,
}: {
  action: PipelineAction;
  onClose: () => void;
  onSelect: (directory: Directory) => void;
}) {
  const t = useT();
  const title =
    action.kind === 'add'
      ? t('newPipeline')
      : t(action.kind === 'rename' ? 'renamePipeline' : 'deletePipeline', {
          name: action.directory.name,
        });
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <DialogPanel width="w-[min(28rem,92vw)]">
        <Dialog.Title className="text-base font-semibold">{title}</Dialog.Title>
        {action.kind === 'delete' ? (
          <DeleteBody directory={action.directory} onDone={onClose} />
        ) : (
          <NameForm action={action} onDone={onClose} onSelect={onSelect} />
        )}
      </DialogPanel>
    </Dialog.Root>
  );
}

function NameForm({
  action,
  onDone,
  onSelect,
}: {
  action: Exclude<PipelineAction, { kind: 'delete' }>;
  onDone: () => void;
  onSelect: (directory: Directory) => void;
}) {
  const t = useT();
  const id = useId();
  const commands = usePipelineCommands();
  const [name, setName] = useState(
    action.kind === 'rename' ? (action.directory.categoryName ?? action.directory.name) : '',
  );
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({
    busy: false,
    error: null,
  });
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    // A deal pipeline's directory is named "<pipeline> Deal Stages" or the like: the name to
    // edit is the pipeline's own, which crm.category.list has.
    if (action.kind !== 'rename' || action.directory.categoryName !== null) return;
    let live = true;
    const { entityTypeId, categoryId } = action.directory;
    commands.list(entityTypeId ?? 0).then(
      (pipelines) => {
        const own = pipelines.find((p) => p.id === categoryId);
        if (live && own && !edited) setName(own.name);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [action, commands, edited]);
  const trimmed = name.trim();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === '') return;
    setState({ busy: true, error: null });
    try {
      if (action.kind === 'add') {
        const added = await commands.add(action.entityTypeId, trimmed);
        if (added) onSelect(added);
      } else await commands.rename(action.directory, trimmed);
      onDone();
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
      <Dialog.Description className="text-sm">
        {action.kind === 'add' ? t('newPipelineIntro') : t('renamePipelineIntro')}
      </Dialog.Description>
      <label htmlFor={id} className="text-sm font-medium">
        {t('pipelineName')}
      </label>
      <input
        id={id}
        value={name}
        maxLength={255}
        onChange={(event) => {
          setEdited(true);
          setName(event.target.value);
        }}
        className="rounded-control border border-line bg-surface px-2 py-1 text-sm"
      />
      {state.error !== null && (
        <p role="alert" className="text-sm text-alert">
          {t('pipelineFailed', { reason: errorMessage(t, state.error) })}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Dialog.Close asChild>
          <Button variant="ghost">{t('cancel')}</Button>
        </Dialog.Close>
        <Button type="submit" variant="primary" disabled={state.busy || trimmed === ''}>
          {action.kind === 'add' ? t('createPipeline') : t('savePipelineName')}
        </Button>
      </div>
    </form>
  );
}

function DeleteBody({ directory, onDone }: { directory: Directory; onDone: () => void }) {
  const t = useT();
  const commands = usePipelineCommands();
  const [check, setCheck] = useState<DeleteCheck | null>(null);
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({
    busy: false,
    error: null,
  });
  useEffect(() => {
    let live = true;
    commands.check(directory).then(
      (found) => live && setCheck(found),
      (error: unknown) => live && setState({ busy: false, error }),
    );
    return () => {
      live = false;
    };
  }, [commands, directory]);
  const remove = async () => {
    setState({ busy: true, error: null });
    try {
      await commands.remove(directory);
      onDone();
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return (
    <>
      <Dialog.Description className="text-sm">
        {check === null
          ? t('pipelineChecking')
          : check.kind === 'default'
            ? t('pipelineDefaultCannot')
            : check.kind === 'has-items'
              ? t('pipelineHasItems', { count: check.count })
              : t('pipelineDeleteConfirm', { name: directory.name })}
      </Dialog.Description>
      {state.error !== null && (
        <p role="alert" className="text-sm text-alert">
          {t('pipelineDeleteFailed', { reason: errorMessage(t, state.error) })}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Dialog.Close asChild>
          <Button variant="ghost">{check?.kind === 'empty' ? t('cancel') : t('close')}</Button>
        </Dialog.Close>
        {check?.kind === 'empty' && (
          <Button variant="primary" disabled={state.busy} onClick={() => void remove()}>
            {t('confirmDelete')}
          </Button>
        )}
      </div>
    </>
  );
}
