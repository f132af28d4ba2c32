// The board as the admin sees it, read the way the specs read it: the group lists by their
// names, each stage by its `Change colour of stage <NAME>` button and the colour that button
// shows; and the portal's rows grouped the same way, to compare the two.
import type { FrameLocator } from '@playwright/test';
import { group } from '../board-helpers';
import { portalOrder, type StatusRow } from '../portal-control';

export type GroupName = 'In progress' | 'Success' | 'Failure';
export const GROUP_NAMES: readonly GroupName[] = ['In progress', 'Success', 'Failure'];

/** One stage as the admin sees it, keyed by STATUS_ID (unique in a directory). */
export interface SeenStage {
  readonly statusId: string;
  readonly name: string;
  readonly colour: string;
}

export type Columns = Record<GroupName, SeenStage[]>;

export const all = (board: Columns) => GROUP_NAMES.flatMap((g) => board[g]);

/** What an absent or unreadable COLOR looks like on the board (Bitrix24's default column). */
const NO_COLOUR = '#ace9fb';
const COLOUR_BUTTON = 'Change colour of stage ';

const colourKey = (colour: string | undefined) =>
  colour && /^#[0-9a-f]{6}$/i.test(colour.trim()) ? colour.trim().toLowerCase() : NO_COLOUR;

/**
 * Every group's stages in order, with the colour their swatch is painted in. A draft (a stage
 * being added) has no colour button yet, so it is not a stage of the board. The card does not
 * label its STATUS_ID, so `idOf` tells it from the name (names are unique during a soak).
 */
export async function readBoard(
  app: FrameLocator,
  idOf: (name: string) => string,
): Promise<Columns> {
  const out = {} as Columns;
  for (const name of GROUP_NAMES) {
    const seen = await group(app, name)
      .getByRole('button', { name: new RegExp(`^${COLOUR_BUTTON}`) })
      .evaluateAll((buttons) =>
        buttons.map((button) => {
          // The first opaque background in the button is its swatch: the stage's colour as drawn
          // (hover and focus tints are translucent).
          let colour = '';
          for (const el of [button, ...button.querySelectorAll('*')]) {
            const rgb = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(
              getComputedStyle(el).backgroundColor,
            );
            if (!rgb || (rgb[4] !== undefined && Number(rgb[4]) < 1)) continue;
            colour = `#${rgb
              .slice(1, 4)
              .map((c) => Number(c).toString(16).padStart(2, '0'))
              .join('')}`;
            break;
          }
          return { label: button.getAttribute('aria-label') ?? '', colour };
        }),
      );
    out[name] = seen.map(({ label, colour }) => {
      const stage = label.slice(COLOUR_BUTTON.length);
      return { statusId: idOf(stage), name: stage, colour };
    });
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
  for (const row of portalOrder(rows)) {
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
