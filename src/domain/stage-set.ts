import { defaultColourFor } from './colour';
import { groupStages } from './order';
import { GROUPS, type Directory, type Group, type Stage } from './stage';

/**
 * A stage set: the stages of one or more directories, as a file an admin can keep, copy to
 * another pipeline or take to another portal. The format, `stage-set` version 1, is described in
 * docs/stage-set.md and its JSON Schema is docs/stage-set.schema.json; stage-set-validate.ts
 * reads it.
 */
export const STAGE_SET_FORMAT = 'stage-set';
export const STAGE_SET_VERSION = 1;
/** More stages than any real pipeline holds; the portal lists a directory in one answer. */
export const STAGE_SET_MAX_STAGES = 500;
export const STAGE_SET_MAX_BYTES = 1024 * 1024;

/** One stage of a set, in the set's order. */
export interface SetStage {
  /** STATUS_ID without the pipeline prefix (`NEW`, not `C1:NEW`). */
  readonly statusId: string;
  /** Plain text, never HTML. */
  readonly name: string;
  /** `#rrggbb`, lower case. */
  readonly color: string;
  readonly group: Group;
}

export interface SetDirectory {
  /** The ENTITY_ID it was exported from; null in templates and hand-written sets. */
  readonly entityId: string | null;
  readonly name: string;
  /** In order: in progress, then success, then failure. */
  readonly stages: readonly SetStage[];
}

export interface StageSet {
  /** ISO 8601. */
  readonly exportedAt: string;
  /** The domain of the portal it was exported from; null for a template. */
  readonly portal: string | null;
  readonly directories: readonly SetDirectory[];
}

/** STATUS_ID without its pipeline prefix: everything up to the first `:` (docs/rest-api.md). */
export const codeOf = (statusId: string): string => statusId.slice(statusId.indexOf(':') + 1);

/**
 * A directory as a set: its stages in the portal's order. A colour the portal holds in a form we
 * cannot read is exported as the colour Bitrix24 gives such a stage, so every stage has one.
 */
export function setDirectoryOf(
  directory: Pick<Directory, 'entityId' | 'name'>,
  stages: readonly Stage[],
): SetDirectory {
  const groups = groupStages(stages);
  return {
    entityId: directory.entityId,
    name: directory.name,
    stages: GROUPS.flatMap((group) =>
      groups[group].map((stage, index) => ({
        statusId: codeOf(stage.statusId),
        name: stage.name,
        color: stage.color ?? defaultColourFor(group, index),
        group,
      })),
    ),
  };
}

/** The file's text: the documented JSON, stages numbered from 1 in their order. */
export function serialiseStageSet(set: StageSet): string {
  const json = {
    format: STAGE_SET_FORMAT,
    version: STAGE_SET_VERSION,
    exportedAt: set.exportedAt,
    ...(set.portal === null ? {} : { portal: set.portal }),
    directories: set.directories.map((directory) => ({
      ...(directory.entityId === null ? {} : { entityId: directory.entityId }),
      name: directory.name,
      stages: directory.stages.map((stage, index) => ({
        order: index + 1,
        statusId: stage.statusId,
        name: stage.name,
        color: stage.color,
        group: stage.group,
      })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

// Characters no file system takes in a name, and controls; the browser would replace them anyway.
// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const UNSAFE_IN_FILE_NAME = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;

/** `<directory name>.stage-set.json` (the contract), or `stage-sets.json` for many. */
export function stageSetFileName(name: string): string {
  const safe = name.replace(UNSAFE_IN_FILE_NAME, '_').trim();
  return `${safe === '' ? 'stages' : safe}.stage-set.json`;
}

/** Whether the directory holds exactly the set's stages: same order, names and colours. */
export function holdsSet(stages: readonly Stage[], set: SetDirectory): boolean {
  const groups = groupStages(stages);
  const ordered = GROUPS.flatMap((group) => groups[group]);
  return (
    ordered.length === set.stages.length &&
    ordered.every((stage, i) => {
      const wanted = set.stages[i];
      return (
        wanted !== undefined &&
        stage.group === wanted.group &&
        stage.name === wanted.name &&
        stage.color === wanted.color
      );
    })
  );
}
