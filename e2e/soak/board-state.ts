import type { FrameLocator } from '@playwright/test';
import { group } from '../board-helpers';
import type { StatusRow } from '../fixtures';

export type GroupName = 'In progress' | 'Success' | 'Failure';
export const GROUP_NAMES: readonly GroupName[] = ['In progress', 'Success', 'Failure'];

/** One column as the admin sees it, keyed by STATUS_ID (unique in a directory, shown on the card). */
export interface SeenStage {
  readonly statusId: string;
  readonly name: string;
  readonly colour: string;
}

export type Columns = Record<GroupName, SeenStage[]>;

/** What an absent or unreadable COLOR looks like on the board (stage-card.tsx NO_COLOUR). */
const NO_COLOUR = '#ace9fb';

const colourKey = (colour: string | undefined) =>
  colour && /^#[0-9a-f]{6}$/i.test(colour.trim()) ? colour.trim().toLowerCase() : NO_COLOUR;

/** The board: every group's cards in order, with the colour the header is painted in. */
export async function readBoard(app: FrameLocator): Promise<Columns> {
  const out = {} as Columns;
  for (const name of GROUP_NAMES) {
    out[name] = await group(app, name)
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.flatMap((li) => {
          const card = li.querySelector('article');
          const statusId = card?.querySelector('span.font-mono')?.textContent;
          // A draft (a stage being added) has no STATUS_ID yet: not a stage of the board.
          if (!card || !statusId) return [];
          const header = card.querySelector('header');
          return [
            {
              statusId,
              name: card.getAttribute('aria-label') ?? '',
              colour: (header?.style.getPropertyValue('--stage-colour') ?? '').toLowerCase(),
            },
          ];
        }),
      );
  }
  return out;
}

const groupOf = (semantics: unknown): GroupName =>
  String(semantics ?? '').toUpperCase() === 'S'
    ? 'Success'
    : String(semantics ?? '').toUpperCase() === 'F'
      ? 'Failure'
      : 'In progress';

/** The portal's rows in its own order (SORT, then ID), split the way the board groups them. */
export function portalColumns(rows: readonly StatusRow[]): Columns {
  const out: Columns = { 'In progress': [], Success: [], Failure: [] };
  const sorted = rows
    .slice()
    .sort((a, b) => Number(a.SORT) - Number(b.SORT) || Number(a.ID) - Number(b.ID));
  for (const row of sorted) {
    out[groupOf(row.SEMANTICS)].push({
      statusId: row.STATUS_ID,
      name: row.NAME,
      colour: colourKey(row.COLOR),
    });
  }
  return out;
}

/** Human-readable differences between two boards; empty when they are equal. */
export function diffColumns(expected: Columns, actual: Columns, what: [string, string]): string[] {
  const out: string[] = [];
  for (const name of GROUP_NAMES) {
    const e = expected[name];
    const a = actual[name];
    const show = (list: SeenStage[]) =>
      list.map((s) => `${s.statusId}:${JSON.stringify(s.name)}:${s.colour}`).join(' | ');
    if (show(e) !== show(a)) {
      out.push(`${name}\n  ${what[0]}: ${show(e)}\n  ${what[1]}: ${show(a)}`);
    }
  }
  return out;
}
