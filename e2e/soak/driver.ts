import type { FrameLocator } from '@playwright/test';
import { STAGE_PALETTE } from '../../src/domain/colour';
import { handle } from '../board-helpers';
import { expect, type TestPortal } from '../fixtures';
import {
  diffColumns,
  GROUP_NAMES,
  portalColumns,
  readBoard,
  type Columns,
  type GroupName,
  type SeenStage,
} from './board-state';
import { seededRandom, type Random } from '../seeded-random';

export type OpKind = 'reorder' | 'rename' | 'recolour' | 'add' | 'delete';
const KINDS: readonly OpKind[] = ['reorder', 'rename', 'recolour', 'add', 'delete'];
/** Relative weights: edits of existing stages are what admins do most. */
const WEIGHTS: Record<OpKind, number> = { reorder: 3, rename: 3, recolour: 3, add: 1, delete: 1 };
const FAULT_RATE = 0.05;
/** expect.poll's default backs off to 1 s; the soak waits for many short things. */
const POLL = [50, 100, 150, 250];
/** Keep the directory a realistic size: adds and deletes balance around it. */
const MAX_STAGES = 16;
const MIN_STAGES = 8;

export interface SoakOptions {
  readonly app: FrameLocator;
  readonly portal: TestPortal;
  readonly entityId: string;
  readonly ops: number;
  readonly seed: number;
  readonly log?: (line: string) => void;
}

export interface SoakSummary {
  seed: number;
  ops: number;
  byKind: Record<OpKind | 'skipped', number>;
  faults: Record<string, number>;
  /** Writes the app listed as unsaved at the end, before they were retried. */
  pendingAtEnd: string[];
  /** Times the driver clicked Try again during the run (moves, adds, deletes). */
  retriesDuringRun: number;
  /** Keyboard drags where an arrow key moved nothing (cancelled with Escape). */
  stalledDrags: string[];
  problems: string[];
  log: string[];
  seconds: number;
}

interface Intent {
  name: string;
  colour: string;
}

/** What the admin asked for so far: the order of each group and each stage's name and colour. */
interface Model {
  order: Record<GroupName, string[]>;
  stages: Map<string, Intent>;
}

const unsaved = (app: FrameLocator) => app.getByRole('region', { name: 'Unsaved changes' });
const savingLine = (app: FrameLocator) => app.getByText(/^Saving \d+ changes?…/);

const WORDS = [
  'Qualify',
  'Демо',
  'Angebot',
  'Review',
  'Follow-up',
  'Légal',
  'Close #',
  'Ship & bill',
];
const PALETTE = STAGE_PALETTE.flat();

const FAULTS: { label: string; fault: (r: Random) => Record<string, unknown> }[] = [
  {
    label: 'update 500',
    fault: () => ({
      type: 'error',
      method: 'crm.status.update',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    }),
  },
  {
    label: 'add 500',
    fault: () => ({
      type: 'error',
      method: 'crm.status.add',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    }),
  },
  {
    label: 'delete 500',
    fault: () => ({
      type: 'error',
      method: 'crm.status.delete',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    }),
  },
  { label: 'drop after apply', fault: () => ({ type: 'drop', method: 'batch', after: true }) },
  { label: 'drop before apply', fault: () => ({ type: 'drop', method: 'batch', after: false }) },
  {
    label: 'slow batch',
    fault: (r) => ({ type: 'delay', method: 'batch', ms: r.int(1500, 5500) }),
  },
  { label: 'rate limit burst', fault: (r) => ({ type: 'rateLimit', count: r.int(1, 4) }) },
];

export async function runSoak(options: SoakOptions): Promise<SoakSummary> {
  const { app, portal, entityId, ops, seed } = options;
  const random = seededRandom(seed);
  const started = Date.now();
  const summary: SoakSummary = {
    seed,
    ops,
    byKind: { reorder: 0, rename: 0, recolour: 0, add: 0, delete: 0, skipped: 0 },
    faults: {},
    pendingAtEnd: [],
    retriesDuringRun: 0,
    stalledDrags: [],
    problems: [],
    log: [],
    seconds: 0,
  };
  const note = (line: string) => {
    summary.log.push(line);
    options.log?.(line);
  };
  const model = modelOf(portalColumns(await portal.statuses(entityId)));
  let counter = 0;
  const freshName = () => `${random.pick(WORDS)} ${++counter}`;

  /** Board equals portal once nothing is on its way. */
  const boardMatchesPortal = async (when: string) => {
    await waitIdle(app);
    let problems: string[] = [];
    try {
      await expect
        .poll(
          async () => {
            problems = diffColumns(
              portalColumns(await portal.statuses(entityId)),
              await readBoard(app),
              ['portal', 'board'],
            );
            return problems.length;
          },
          { timeout: 15_000, intervals: POLL },
        )
        .toBe(0);
    } catch {
      summary.problems.push(`${when}: board differs from the portal\n${problems.join('\n')}`);
      return false;
    }
    return true;
  };

  for (let n = 1; n <= ops; n++) {
    if (random.chance(FAULT_RATE)) {
      const choice = random.pick(FAULTS);
      const fault = choice.fault(random);
      await portal.fault(fault);
      summary.faults[choice.label] = (summary.faults[choice.label] ?? 0) + 1;
      note(`#${n} fault ${JSON.stringify(fault)}`);
    }
    const opStarted = Date.now();
    const board = await readBoard(app);
    const kind = chooseKind(random, board);
    const line = await perform(kind, n, board);
    if (line === null) {
      summary.byKind.skipped++;
      note(`#${n} ${kind}: skipped (no candidate)`);
    } else {
      summary.byKind[kind]++;
      note(`#${n} ${line} (${Date.now() - opStarted} ms)`);
    }
    if (n % 10 === 0 && !(await boardMatchesPortal(`after op #${n}`))) break;
  }

  // The end: nothing on its way, the board equals the portal, and every intent either landed or
  // is listed as unsaved.
  await boardMatchesPortal('at the end');
  const rows = portalColumns(await portal.statuses(entityId));
  summary.pendingAtEnd = await pendingLabels(app);
  summary.problems.push(...checkIntents(model, rows, summary.pendingAtEnd));

  // Then the admin clears the list: no more faults, Try again on everything; it must all land.
  await portal.clearFaults();
  for (let round = 0; round < 5 && (await unsaved(app).count()) > 0; round++) {
    const buttons = unsaved(app).getByRole('button', { name: 'Try again' });
    // Each click takes one entry off the list when it lands; one that fails again moves to the
    // end, so a round clicks at most as many as were listed when it began.
    for (let left = await buttons.count(); left > 0 && (await buttons.count()) > 0; left--) {
      await buttons.first().click();
      await waitIdle(app);
    }
    if ((await unsaved(app).getByRole('button', { name: 'Apply mine anyway' }).count()) > 0) {
      summary.problems.push(
        `retrying my own unsaved changes was called a conflict: ${(await pendingLabels(app)).join('; ')}`,
      );
      break;
    }
  }
  if ((await unsaved(app).count()) > 0) {
    summary.problems.push(
      `still unsaved after Try again: ${(await pendingLabels(app)).join('; ')}`,
    );
  }
  await boardMatchesPortal('after retrying everything');
  summary.problems.push(
    ...checkIntents(model, portalColumns(await portal.statuses(entityId)), []).map(
      (p) => `after retrying everything: ${p}`,
    ),
  );
  summary.seconds = Math.round((Date.now() - started) / 1000);
  return summary;

  async function perform(kind: OpKind, n: number, board: Columns): Promise<string | null> {
    switch (kind) {
      case 'rename':
        return rename(n, board);
      case 'recolour':
        return recolour(board);
      case 'reorder':
        return reorder(board);
      case 'add':
        return add(board);
      case 'delete':
        return remove(board);
    }
  }

  async function rename(_n: number, board: Columns): Promise<string> {
    const stage = random.pick(all(board));
    const name = freshName();
    await app.getByRole('button', { name: `Rename stage ${stage.name}`, exact: true }).click();
    const field = app.getByRole('textbox', { name: 'Stage name' });
    await field.fill(name);
    await field.press('Enter');
    intentOf(stage).name = name;
    await settle(async () => {
      const now = await readBoard(app);
      return (
        all(now).some((s) => s.statusId === stage.statusId && s.name === name) ||
        (await pendingLabels(app)).includes(`Rename ${stage.name} to ${name}`)
      );
    });
    return `rename ${stage.statusId} ${JSON.stringify(stage.name)} → ${JSON.stringify(name)}${await outcome(`Rename ${stage.name} to ${name}`)}`;
  }

  async function recolour(board: Columns): Promise<string> {
    const stage = random.pick(all(board));
    let hex = random.pick(PALETTE);
    if (hex === stage.colour) hex = PALETTE[(PALETTE.indexOf(hex) + 1) % PALETTE.length] ?? hex;
    const byText = random.chance(0.5);
    if (byText) {
      hex = `#${random.int(0, 0xffffff).toString(16).padStart(6, '0')}`;
      if (hex === stage.colour) hex = hex === '#000000' ? '#000001' : '#000000';
    }
    await app
      .getByRole('button', { name: `Change colour of stage ${stage.name}`, exact: true })
      .click();
    if (byText) {
      const field = app.getByRole('textbox', { name: 'Hex colour' });
      await field.fill(hex.toUpperCase());
      await field.press('Enter');
    } else {
      await app.getByRole('button', { name: hex, exact: true }).click();
    }
    intentOf(stage).colour = hex;
    const label = `Colour of ${stage.name} to ${hex}`;
    await settle(async () => {
      const now = await readBoard(app);
      return (
        all(now).some((s) => s.statusId === stage.statusId && s.colour === hex) ||
        (await pendingLabels(app)).some((l) => l.toLowerCase() === label.toLowerCase())
      );
    });
    return `recolour ${stage.statusId} ${JSON.stringify(stage.name)} ${stage.colour} → ${hex}${byText ? ' (typed)' : ''}${await outcome(label)}`;
  }

  async function reorder(board: Columns): Promise<string | null> {
    const groups = (['In progress', 'Failure'] as const).filter((g) => board[g].length > 1);
    if (groups.length === 0) return null;
    const g = random.pick(groups);
    const list = board[g];
    const from = random.int(0, list.length - 1);
    const stage = list[from];
    if (!stage) return null;
    const count = list.length;
    const grip = handle(app, stage.name);
    await grip.focus();
    // Known, not fixed: dnd-kit's keyboard sensor does not reach a card scrolled out of the
    // board's view (it scrolls the board but announces no new position), so the soak only moves
    // a stage to a place the admin can see once its handle has focus.
    const view = await app.getByTestId('board-scroller').boundingBox();
    const seen: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const other = list[i];
      if (i === from || !other || !view) continue;
      const box = await app.getByRole('article', { name: other.name, exact: true }).boundingBox();
      if (box && box.x >= view.x && box.x + box.width <= view.x + view.width) seen.push(i);
    }
    if (seen.length === 0) return null;
    const to = random.pick(seen);
    if (Math.min(from, to) < Math.max(from, to) - 1) {
      for (let i = Math.min(from, to) + 1; i < Math.max(from, to); i++) {
        if (!seen.includes(i)) return null;
      }
    }
    await grip.press('Space');
    await expect(
      app.getByText(`Picked up stage ${stage.name}. Position ${from + 1} of ${count} in ${g}.`),
    ).toBeAttached();
    const step = to > from ? 'ArrowRight' : 'ArrowLeft';
    for (let at = from; at !== to;) {
      at += to > from ? 1 : -1;
      await grip.press(step);
      const over = `Stage ${stage.name} is over position ${at + 1} of ${count} in ${g}.`;
      try {
        await expect(app.getByText(over)).toBeAttached();
      } catch {
        // Seen now and then, not understood yet: an arrow key during a keyboard drag moves
        // nothing and announces nothing. The admin would cancel and try again; the soak counts it.
        const said = await liveRegion();
        await grip.press('Escape');
        await expect(app.getByText(`Moving stage ${stage.name} was cancelled`)).toBeAttached();
        summary.stalledDrags.push(`${stage.name} → ${at + 1}: ${said}`);
        return `reorder ${g} ${stage.statusId} ${from + 1} → ${to + 1}: stalled, cancelled (${said})`;
      }
    }
    await grip.press('Space');
    await expect(
      app.getByText(`Stage ${stage.name} dropped at position ${to + 1} of ${count} in ${g}.`),
    ).toBeAttached();
    const order = model.order[g];
    order.splice(order.indexOf(stage.statusId), 1);
    // The model moves the stage next to the same neighbour the admin saw on the board.
    const intended = list.map((s) => s.statusId).filter((id) => id !== stage.statusId);
    intended.splice(to, 0, stage.statusId);
    model.order[g] = intended;
    if (order.join() !== intended.filter((id) => id !== stage.statusId).join()) {
      summary.problems.push(
        `model order of ${g} drifted from the board before moving ${stage.statusId}`,
      );
    }
    const label = `Move ${stage.name}`;
    await settle(async () => {
      const now = (await readBoard(app))[g].map((s) => s.statusId);
      return now.join() === intended.join() || (await pendingLabels(app)).includes(label);
    });
    let result = await outcome(label);
    // An admin who sees a move refused tries it again at once: the next move builds on it.
    for (let attempt = 0; attempt < 8 && (await pendingLabels(app)).includes(label); attempt++) {
      summary.retriesDuringRun++;
      await unsaved(app)
        .getByRole('listitem')
        .filter({ hasText: label })
        .getByRole('button', { name: /Try again|Apply mine anyway/ })
        .click();
      await waitIdle(app);
      result += ' → retried';
    }
    return `reorder ${g} ${stage.statusId} ${JSON.stringify(stage.name)} ${from + 1} → ${to + 1}${result}`;
  }

  async function add(board: Columns): Promise<string | null> {
    const g = random.pick<GroupName>(['In progress', 'In progress', 'Failure']);
    const list = board[g];
    const index = random.int(0, list.length);
    const after = list[index - 1];
    const name = freshName();
    await app
      .getByRole('button', {
        name: after ? `Add stage after ${after.name}` : `Add stage at the start of ${g}`,
        exact: true,
      })
      .click();
    const field = app.getByRole('textbox', { name: 'Stage name' });
    await expect(field).toBeFocused();
    await field.fill(name);
    await field.press('Enter');
    const draft = app
      .getByRole('article', { name, exact: true })
      .filter({ hasText: 'Bitrix24 did not add' });
    let result = ' ✓';
    for (let attempt = 0; ; attempt++) {
      await expect
        .poll(
          async () =>
            (await draft.count()) > 0 ||
            (all(await readBoard(app)).some((s) => s.name === name) &&
              (await app.getByText('Adding…').count()) === 0),
          { timeout: 30_000, intervals: POLL },
        )
        .toBe(true);
      if ((await draft.count()) === 0) break;
      if (attempt >= 8) {
        summary.problems.push(`add ${name}: still refused after ${attempt} retries`);
        await draft.getByRole('button', { name: 'Discard' }).click();
        return `add ${g} #${index + 1} ${JSON.stringify(name)}: gave up`;
      }
      summary.retriesDuringRun++;
      result = ' ✗ → retried';
      await draft.getByRole('button', { name: 'Try again' }).click();
    }
    const row = (await portal.statuses(entityId)).find((r) => r.NAME === name);
    if (!row) {
      summary.problems.push(`add ${name}: shown on the board but not in the portal`);
      return `add ${g} ${JSON.stringify(name)}: not in the portal`;
    }
    const intended = list.map((s) => s.statusId);
    intended.splice(index, 0, row.STATUS_ID);
    model.order[g] = intended;
    model.stages.set(row.STATUS_ID, {
      name,
      colour: portalColumns([row])[g][0]?.colour ?? '',
    });
    return `add ${g} #${index + 1} ${row.STATUS_ID} ${JSON.stringify(name)}${result}`;
  }

  async function remove(board: Columns): Promise<string | null> {
    const candidates = deletable(board);
    if (candidates.length === 0) return null;
    const { stage, group: g } = random.pick(candidates);
    const card = app.getByRole('article', { name: stage.name, exact: true });
    if ((await card.getByTestId('item-count').textContent()) !== '0 items') return null;
    await app.getByRole('button', { name: `Delete stage ${stage.name}`, exact: true }).click();
    const dialog = app.getByRole('dialog', { name: `Delete stage ${stage.name}?` });
    await expect(dialog).toContainText('There are no CRM items in this stage.');
    const system = dialog.getByRole('checkbox', { name: 'I understand this is a system stage' });
    if ((await system.count()) > 0) await system.check();
    let result = ' ✓';
    for (let attempt = 0; ; attempt++) {
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect
        .poll(
          async () => (await dialog.count()) === 0 || (await dialog.getByRole('alert').count()) > 0,
          {
            timeout: 30_000,
            intervals: POLL,
          },
        )
        .toBe(true);
      if ((await dialog.count()) === 0) break;
      const why = await dialog.getByRole('alert').innerText();
      if (attempt >= 4) {
        summary.problems.push(`delete ${stage.statusId}: still refused (${why})`);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        break;
      }
      summary.retriesDuringRun++;
      result = ` ✗ (${why}) → retried`;
    }
    const gone = !(await portal.statuses(entityId)).some((r) => r.STATUS_ID === stage.statusId);
    if (gone) {
      model.order[g] = model.order[g].filter((id) => id !== stage.statusId);
      model.stages.delete(stage.statusId);
    }
    return `delete ${g} ${stage.statusId} ${JSON.stringify(stage.name)}${result}${gone ? '' : ' (still there)'}`;
  }

  /** What the drag announced last, to say why an expected announcement did not come. */
  async function liveRegion(): Promise<string> {
    const said = await app.locator('[id^="DndLiveRegion"]').allInnerTexts();
    return `the board announced: ${said.join(' / ')}`;
  }

  function intentOf(stage: SeenStage): Intent {
    const intent = model.stages.get(stage.statusId);
    if (!intent) throw new Error(`the model does not know ${stage.statusId}`);
    return intent;
  }

  /** ✓ when the write landed, ✗ when the app lists it as unsaved. */
  async function outcome(label: string): Promise<string> {
    const pending = (await pendingLabels(app)).map((l) => l.toLowerCase());
    return pending.includes(label.toLowerCase()) ? ' ✗ (unsaved)' : ' ✓';
  }

  function chooseKind(r: Random, board: Columns): OpKind {
    const size = all(board).length;
    const weights = { ...WEIGHTS };
    if (size >= MAX_STAGES) weights.add = 0;
    if (size <= MIN_STAGES) weights.delete = 0;
    const total = KINDS.reduce((sum, k) => sum + weights[k], 0);
    let roll = r.next() * total;
    for (const k of KINDS) {
      roll -= weights[k];
      if (roll < 0) return k;
    }
    return 'rename';
  }

  async function settle(reached: () => Promise<boolean>) {
    await expect.poll(reached, { timeout: 30_000, intervals: POLL }).toBe(true);
    await waitIdle(app);
  }
}

/** Nothing on its way to the portal (a delayed batch can take several seconds). */
async function waitIdle(app: FrameLocator) {
  await expect(savingLine(app)).toHaveCount(0, { timeout: 30_000 });
  await expect(app.getByText('Adding…')).toHaveCount(0, { timeout: 30_000 });
}

/** The writes listed in Unsaved changes, by their label (`Rename A to B`, `Move A`...). */
async function pendingLabels(app: FrameLocator): Promise<string[]> {
  if ((await unsaved(app).count()) === 0) return [];
  return unsaved(app).getByRole('listitem').locator('strong').allInnerTexts();
}

const all = (board: Columns) => GROUP_NAMES.flatMap((g) => board[g]);

/** Stages Bitrix24 lets go (not the start, success or first failure stage). */
function deletable(board: Columns): { stage: SeenStage; group: GroupName }[] {
  return [
    ...board['In progress'].slice(1).map((stage) => ({ stage, group: 'In progress' as const })),
    ...board.Failure.slice(1).map((stage) => ({ stage, group: 'Failure' as const })),
  ];
}

function modelOf(columns: Columns): Model {
  const stages = new Map<string, Intent>();
  for (const g of GROUP_NAMES) {
    for (const s of columns[g]) stages.set(s.statusId, { name: s.name, colour: s.colour });
  }
  return {
    order: {
      'In progress': columns['In progress'].map((s) => s.statusId),
      Success: columns.Success.map((s) => s.statusId),
      Failure: columns.Failure.map((s) => s.statusId),
    },
    stages,
  };
}

/** Every intent landed in the portal or is listed as unsaved. */
function checkIntents(model: Model, portal: Columns, pending: readonly string[]): string[] {
  const problems: string[] = [];
  const lower = pending.map((p) => p.toLowerCase());
  for (const g of GROUP_NAMES) {
    const there = portal[g].map((s) => s.statusId);
    if (there.join() !== model.order[g].join()) {
      problems.push(
        `${g}: the admin's order ${model.order[g].join(', ')} but the portal has ${there.join(', ')}`,
      );
    }
    for (const stage of portal[g]) {
      const intent = model.stages.get(stage.statusId);
      if (!intent) continue;
      if (
        stage.name !== intent.name &&
        !pending.some((p) => p.startsWith('Rename ') && p.endsWith(` to ${intent.name}`))
      ) {
        problems.push(
          `${stage.statusId}: named ${JSON.stringify(stage.name)}, the admin's ${JSON.stringify(intent.name)} is neither saved nor listed`,
        );
      }
      if (
        stage.colour !== intent.colour &&
        !lower.some((p) => p.startsWith('colour of ') && p.endsWith(` to ${intent.colour}`))
      ) {
        problems.push(
          `${stage.statusId}: coloured ${stage.colour}, the admin's ${intent.colour} is neither saved nor listed`,
        );
      }
    }
  }
  return problems;
}

export function formatSummary(s: SoakSummary): string {
  const kinds = (Object.keys(s.byKind) as (keyof SoakSummary['byKind'])[])
    .map((k) => `${k} ${s.byKind[k]}`)
    .join(', ');
  const faultCount = Object.values(s.faults).reduce((a, b) => a + b, 0);
  const faults = Object.entries(s.faults)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `Soak: ${s.ops} operations, seed ${s.seed} (replay: SOAK_SEED=${s.seed} SOAK_OPS=${s.ops}), ${s.seconds} s`,
    `  ops by kind: ${kinds}`,
    `  faults injected: ${faultCount}${faults ? ` (${faults})` : ''}`,
    `  retried during the run (moves, adds, deletes): ${s.retriesDuringRun}`,
    `  keyboard drags that stalled (cancelled): ${s.stalledDrags.length}`,
    `  pending at the end: ${s.pendingAtEnd.length}${s.pendingAtEnd.length ? ` (${s.pendingAtEnd.join('; ')})` : ''}`,
    `  result: ${s.problems.length === 0 ? 'PASS' : `FAIL, ${s.problems.length} problem(s)`}`,
    ...s.problems.map((p) => `  - ${p}`),
  ].join('\n');
}
