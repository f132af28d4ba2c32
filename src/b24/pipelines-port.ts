import type { Directory, Group, Stage, StagePatch } from '../domain/stage';
import type { PortalError } from './portal-error';

/**
 * What stage sets and pipeline management ask of the portal (issue 13): `Portal.pipelines`.
 * Pipelines are crm.category.* (docs/server-behaviour.md §6); stage writes go as crm.status.* in
 * batches with the directory read back in the same request (§1, §2); items move with crm.item.*
 * (§8). Every method is ONE request unless its comment says otherwise, and throws PortalError.
 */
export interface Pipeline {
  readonly id: number;
  readonly entityTypeId: number;
  readonly name: string;
  readonly isDefault: boolean;
}

/** A pipeline added or renamed, and the directories as the portal lists them afterwards. */
export interface PipelineChange {
  readonly pipeline: Pipeline;
  /** crm.status.entity.types read in the same request; null if that read failed. */
  readonly directories: readonly Directory[] | null;
}

/** A new stage for crm.status.add, with its final SORT (inside its zone, §1). */
export interface StageSetAdd {
  readonly entityId: string;
  /** STATUS_ID without the prefix: the portal adds its own. */
  readonly code: string;
  readonly name: string;
  readonly sort: number;
  readonly group: Group;
  readonly color: string;
  /** Always sent for a pipeline: without it a smart-process stage lands in category 0 (§1). */
  readonly categoryId: number | null;
}

export type StageSetWrite =
  | { readonly kind: 'update'; readonly id: string; readonly patch: StagePatch }
  | { readonly kind: 'add'; readonly stage: StageSetAdd }
  | { readonly kind: 'delete'; readonly id: string; readonly forced: boolean };

export interface RoundResult {
  /** How many writes the portal took, in order: it stops at the first refusal (`halt`). */
  readonly done: number;
  /** The refusal that stopped the round, or null. */
  readonly error: PortalError | null;
  /** The directory read back in the same request; null if that read failed. */
  readonly stages: readonly Stage[] | null;
}

export interface PipelinesPort {
  /** The portal's domain (host), recorded in an exported stage set. */
  readonly domain: string;
  /** Every pipeline of a CRM type (deals 2, a smart process its own type). */
  list(entityTypeId: number): Promise<Pipeline[]>;
  add(entityTypeId: number, name: string): Promise<PipelineChange>;
  rename(entityTypeId: number, id: number, name: string): Promise<PipelineChange>;
  /** Resolves with the directories read back in the same request (null if that read failed). */
  remove(entityTypeId: number, id: number): Promise<readonly Directory[] | null>;
  /**
   * Items of a pipeline as crm.item.list counts them (`categoryId` null: of the whole type). The
   * recycle bin is not counted: the server still refuses a delete for items there (§6).
   */
  countItems(entityTypeId: number, categoryId: number | null): Promise<number>;
  /** The stages of many directories, 50 per request. */
  readDirectories(entityIds: readonly string[]): Promise<Record<string, Stage[]>>;
  /** Up to 49 writes in order, stopping at the first refusal, and the directory read back. */
  sendStageWrites(entityId: string, writes: readonly StageSetWrite[]): Promise<RoundResult>;
  /** Moves up to 50 items, with `categoryId` beside `stageId` where the type has pipelines (§8). */
  moveItems(
    entityTypeId: number,
    categoryId: number | null,
    ids: readonly number[],
    toStatusId: string,
  ): Promise<void>;
}
