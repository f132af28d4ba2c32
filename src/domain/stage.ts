/**
 * The admin's vocabulary, independent of the REST wire format (src/b24 maps rows to these).
 *
 * A *directory* is one `ENTITY_ID` of `crm.status.*`: the stages of one pipeline (DEAL_STAGE_1,
 * DYNAMIC_177_STAGE_7, ...) or a plain reference book (SOURCE, DEAL_TYPE, ...).
 * A *group* is the semantic zone a stage lives in; SEMANTICS cannot change through the API.
 */

export type Group = 'process' | 'success' | 'failure';

export const GROUPS: readonly Group[] = ['process', 'success', 'failure'];

export interface Stage {
  /** The row id (`ID`): what crm.status.update/delete address. Numeric, as a string. */
  readonly id: string;
  /** `STATUS_ID`: the code CRM items point at; immutable, pipeline-prefixed (`C1:NEW`). */
  readonly statusId: string;
  readonly entityId: string;
  readonly name: string;
  /** `NAME_INIT`: the system name of a system stage, or null when the portal has none. */
  readonly nameInit: string | null;
  readonly sort: number;
  /** A validated `#rrggbb` (lower case), or null when the portal holds none or an unusable one. */
  readonly color: string | null;
  readonly group: Group;
  readonly system: boolean;
  readonly categoryId: number | null;
}

export type CrmObject = 'lead' | 'deal' | 'quote' | 'invoice' | 'document' | 'dynamic' | 'other';

export interface Directory {
  /** `ID` of crm.status.entity.types: the ENTITY_ID of its stages. */
  readonly entityId: string;
  readonly name: string;
  /** True for stage directories (the portal sends SEMANTIC_INFO), false for reference books. */
  readonly hasSemantics: boolean;
  readonly object: CrmObject;
  readonly entityTypeId: number | null;
  readonly categoryId: number | null;
  /** The STATUS_ID prefix the portal adds (`C1`, `DT177_7`), without the colon. */
  readonly prefix: string | null;
  readonly categoryName: string | null;
  readonly categorySort: number | null;
  readonly isDefaultCategory: boolean;
  /**
   * False for a smart process whose stages are switched off in its settings: the portal still
   * lists its pipelines (`IS_ENABLED: false`), but nobody works with their stages.
   */
  readonly enabled: boolean;
}

/**
 * What an admin can change on an existing stage. crm.status.update keeps only the name, SORT and
 * colour; STATUS_ID, SEMANTICS and CATEGORY_ID are immutable (docs/rest-api.md §1).
 */
export interface StagePatch {
  readonly name?: string;
  readonly sort?: number;
  readonly color?: string;
}

/** A patch for one stage, by row id. */
export interface StagePatchOf {
  readonly id: string;
  readonly patch: StagePatch;
}

/** The stages as they will be once the patches land: what an optimistic board shows. */
export function patchStages(stages: readonly Stage[], patches: readonly StagePatchOf[]): Stage[] {
  const byId = new Map(patches.map((p) => [p.id, p.patch]));
  return stages.map((stage) => {
    const patch = byId.get(stage.id);
    if (!patch) return stage;
    return {
      ...stage,
      name: patch.name ?? stage.name,
      sort: patch.sort ?? stage.sort,
      color: patch.color ?? stage.color,
    };
  });
}
