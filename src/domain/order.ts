import type { Group, Stage } from './stage';
import { GROUPS } from './stage';

/** The two fields the portal orders by; slots of the sort planner share them with stages. */
export interface Sortable {
  readonly id: string;
  readonly sort: number;
}

/**
 * The portal's numeric row id, or +Infinity for an id that is not a positive integer (a stage
 * that does not exist yet): a freshly added row gets the next auto-increment ID, so among rows
 * with the same SORT it lands after every existing one.
 */
export function numericId(id: string): number {
  return /^\d+$/.test(id) ? Number(id) : Number.POSITIVE_INFINITY;
}

/**
 * The order crm.status.list / the kanban shows: SORT ascending, ties broken by row ID ascending.
 * Two id-less rows compare by their string id only so the order stays deterministic.
 */
export function compareStages(a: Sortable, b: Sortable): number {
  if (a.sort !== b.sort) return a.sort < b.sort ? -1 : 1;
  const ia = numericId(a.id);
  const ib = numericId(b.id);
  if (ia !== ib) return ia < ib ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Stages split by semantic zone, each zone in the portal's order. */
export function groupStages<T extends Stage>(stages: readonly T[]): Record<Group, T[]> {
  const groups = Object.fromEntries(GROUPS.map((g) => [g, [] as T[]])) as Record<Group, T[]>;
  for (const stage of [...stages].sort(compareStages)) groups[stage.group].push(stage);
  return groups;
}
