import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { objectOf } from '../../domain/directories';
import { readStageSetFile, readStageSetText, type FileVerdict } from '../../domain/stage-set-file';
import {
  setDirectoryOf,
  STAGE_SET_MAX_BYTES,
  type SetDirectory,
  type StageSet,
} from '../../domain/stage-set';
import { planStageSet, type StageSetPlan } from '../../domain/stage-set-plan';
import { templateSet, type TemplateId } from '../../domain/stage-set-templates';
import { parseStageSet, type SetProblem } from '../../domain/stage-set-validate';
import type { Directory, Stage } from '../../domain/stage';
import type { Lang } from '../../i18n/messages';
import { usePortal } from '../../stages/portal-context';
import { directoryQueryOptions } from '../../stages/queries';
import { countableType } from '../../stages/use-item-counts';

/** Where the set comes from: the control the admin used last. */
export type SetSource =
  | { readonly kind: 'file'; readonly name: string; readonly verdict: FileVerdict }
  | { readonly kind: 'paste'; readonly text: string }
  | { readonly kind: 'copy'; readonly entityId: string }
  | { readonly kind: 'template'; readonly id: TemplateId };

export interface Preview {
  readonly set: SetDirectory;
  readonly sameKind: boolean;
  readonly stages: readonly Stage[];
  readonly counts: Readonly<Record<string, number>> | null;
  readonly plan: StageSetPlan;
}

type Loaded =
  | { readonly kind: 'problems'; readonly problems: readonly SetProblem[] }
  | { readonly kind: 'set'; readonly set: StageSet; readonly sameKind: boolean };

const fileProblem = (verdict: Extract<FileVerdict, { ok: false }>): SetProblem => ({
  code: verdict.problem,
  pointer: '',
  directory: null,
  stage: null,
  value: String(verdict.size),
});

/** Reads a picked or dropped file: the size first, then the bytes (docs/stage-set.md). */
export async function readPickedFile(file: File): Promise<FileVerdict> {
  if (file.size > STAGE_SET_MAX_BYTES) return readStageSetFile(new Uint8Array(0), file.size);
  return readStageSetFile(new Uint8Array(await file.arrayBuffer()), file.size);
}

/**
 * The dialog's flow, apart from its markup: the source, the set it holds (or every problem with
 * it), the directory of a many-directory file to use, and the dry run. Nothing here writes.
 */
export function useApplyFlow(directory: Directory, lang: Lang) {
  const portal = usePortal();
  const client = useQueryClient();
  const [source, setSource] = useState<SetSource | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [targets, setTargets] = useState<ReadonlyMap<string, number>>(new Map());
  const [preview, setPreview] = useState<Omit<Preview, 'plan'> | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async (from: SetSource): Promise<Loaded> => {
    const exportedAt = new Date().toISOString();
    if (from.kind === 'template')
      return {
        kind: 'set',
        set: { exportedAt, portal: null, directories: [templateSet(from.id, lang)] },
        sameKind: false,
      };
    if (from.kind === 'copy') {
      const other = await client.fetchQuery(directoryQueryOptions(portal, from.entityId));
      const named = { entityId: from.entityId, name: from.entityId };
      return {
        kind: 'set',
        set: { exportedAt, portal: null, directories: [setDirectoryOf(named, other)] },
        sameKind: true,
      };
    }
    const verdict = from.kind === 'file' ? from.verdict : readStageSetText(from.text);
    if (!verdict.ok) return { kind: 'problems', problems: [fileProblem(verdict)] };
    const parsed = parseStageSet(verdict.text);
    return parsed.ok
      ? { kind: 'set', set: parsed.set, sameKind: false }
      : { kind: 'problems', problems: parsed.problems };
  };

  const directoryOf = (set: StageSet, pick: number | null): SetDirectory | undefined =>
    set.directories[
      pick ??
        Math.max(
          0,
          set.directories.findIndex((d) => d.entityId === directory.entityId),
        )
    ];

  const runPreview = async () => {
    if (!source) return;
    setBusy(true);
    setError(null);
    setPreview(null);
    try {
      const next = await load(source);
      setLoaded(next);
      if (next.kind === 'problems') return;
      const set = directoryOf(next.set, chosen);
      if (!set) return;
      const sameKind =
        next.sameKind ||
        (set.entityId !== null && objectOf(set.entityId) === objectOf(directory.entityId));
      const type = countableType(directory);
      // Reads only: the directory as the portal holds it now, and its items per stage.
      const stages = await portal.loadStages(directory.entityId);
      const counts =
        type === null
          ? null
          : await portal.countItems(
              type,
              stages.map((s) => s.statusId),
            );
      client.setQueryData(directoryQueryOptions(portal, directory.entityId).queryKey, stages);
      setPreview({ set, sameKind, stages, counts });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const plan = useMemo(
    () =>
      preview &&
      planStageSet({
        directory,
        stages: preview.stages,
        set: preview.set,
        sameKind: preview.sameKind,
        counts: preview.counts,
        targets,
      }),
    [preview, directory, targets],
  );

  return {
    source,
    choose: (next: SetSource) => {
      setSource(next);
      setChosen(null);
      setPreview(null);
      setLoaded(null);
      setTargets(new Map());
    },
    /** The directories of a loaded file, when it holds more than one. */
    fileDirectories:
      loaded?.kind === 'set' && loaded.set.directories.length > 1 ? loaded.set.directories : null,
    chosen,
    chooseDirectory: (index: number) => {
      setChosen(index);
      setPreview(null);
    },
    problems: loaded?.kind === 'problems' ? loaded.problems : null,
    preview: preview && plan ? { ...preview, plan } : null,
    setTarget: (stageId: string, index: number) =>
      setTargets((m) => new Map(m).set(stageId, index)),
    targets,
    busy,
    error,
    runPreview,
  };
}

export type ApplyFlow = ReturnType<typeof useApplyFlow>;
