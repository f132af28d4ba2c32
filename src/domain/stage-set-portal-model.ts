import { compareStages } from './order';
import type { Group, Stage, StagePatch } from './stage';

/**
 * An in-memory directory that answers writes as the real server does (docs/server-behaviour.md
 * §1), for the stage-set property tests: crm.status.add refuses a duplicate code (case ignored),
 * a second success stage, an in-progress stage at or above the success stage's SORT and a failure
 * stage at or below it, and an empty name; turns SORT ≤ 0 into 10 and trims the name.
 * crm.status.update has no zone rule, keeps the old name for an empty one, turns SORT ≤ 0 into 10.
 * crm.status.delete refuses a stage that holds items, and a system stage without FORCED.
 * Every accepted write is counted.
 */
export interface ModelStage extends Stage {
  readonly items: number;
}

export class PortalModel {
  writes = 0;
  rows: ModelStage[];
  private nextId: number;

  constructor(
    readonly entityId: string,
    readonly prefix: string | null,
    rows: readonly ModelStage[],
  ) {
    this.rows = [...rows];
    this.nextId = Math.max(0, ...rows.map((r) => Number(r.id))) + 1;
  }

  stages(): Stage[] {
    return [...this.rows].sort(compareStages).map(({ items: _items, ...stage }) => stage);
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.rows.map((r) => [r.statusId, r.items]));
  }

  private successSort(): number | null {
    const sorts = this.rows.filter((r) => r.group === 'success').map((r) => r.sort);
    return sorts.length === 0 ? null : Math.min(...sorts);
  }

  add(stage: { code: string; name: string; color: string; sort: number; group: Group }): string {
    const statusId = this.prefix === null ? stage.code : `${this.prefix}:${stage.code}`;
    const name = stage.name.trim();
    if (name === '') throw new Error('NAME is required');
    if (this.rows.some((r) => r.statusId.toUpperCase() === statusId.toUpperCase()))
      throw new Error(`duplicate STATUS_ID ${statusId}`);
    const sort = stage.sort > 0 ? Math.trunc(stage.sort) : 10;
    const success = this.successSort();
    if (stage.group === 'success' && success !== null) throw new Error('second success stage');
    if (success !== null && stage.group === 'process' && sort >= success)
      throw new Error('in-progress stage after the success stage');
    if (success !== null && stage.group === 'failure' && sort <= success)
      throw new Error('failure stage before the success stage');
    const id = String(this.nextId++);
    this.rows.push({
      id,
      statusId,
      entityId: this.entityId,
      name,
      nameInit: null,
      sort,
      color: stage.color,
      group: stage.group,
      system: false,
      categoryId: null,
      items: 0,
    });
    this.writes++;
    return id;
  }

  update(id: string, patch: StagePatch): void {
    const index = this.rows.findIndex((r) => r.id === id);
    const row = this.rows[index];
    if (!row) throw new Error('Status is not found.');
    const name = patch.name?.trim();
    this.rows[index] = {
      ...row,
      name: name === undefined || name === '' || name === '0' ? row.name : name,
      sort: patch.sort === undefined ? row.sort : patch.sort > 0 ? Math.trunc(patch.sort) : 10,
      color: patch.color ?? row.color,
    };
    this.writes++;
  }

  delete(id: string, forced: boolean): void {
    const row = this.rows.find((r) => r.id === id);
    if (!row) throw new Error('Status is not found.');
    if (row.system && !forced) throw new Error('FORCED is required');
    if (row.items > 0) throw new Error('There are active items in this status.');
    this.rows = this.rows.filter((r) => r !== row);
    this.writes++;
  }

  /** Moves up to `limit` items, one write each; answers how many moved. */
  moveItems(from: string, to: string, limit: number): number {
    const source = this.rows.find((r) => r.statusId === from);
    const target = this.rows.find((r) => r.statusId === to);
    if (!source || !target) throw new Error('Stage not found');
    const count = Math.min(limit, source.items);
    this.rows = this.rows.map((r) =>
      r === source
        ? { ...r, items: r.items - count }
        : r === target
          ? { ...r, items: r.items + count }
          : r,
    );
    this.writes += count;
    return count;
  }
}
