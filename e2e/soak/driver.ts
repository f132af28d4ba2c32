// The soak: random edits through the UI, a fault injected now and then, and after every ten
// operations and at the end the check that the board equals the portal and that every edit the
// admin made either reached the portal or is listed as unsaved.
import type { Random } from '../seeded-random';
import { expect } from '../fixtures';
import { add, remove } from './add-delete';
import { all, diffColumns, type Columns } from './board-state';
import { recolour, rename } from './edits';
import { maybeInjectFault } from './faults';
import { checkIntents } from './model';
import { reorder } from './reorder';
import { pendingLabels, POLL, unsaved, waitIdle } from './screen';
import { Soak, type SoakOptions } from './soak';
import type { OpKind, SoakSummary } from './summary';

export { formatSummary, type SoakSummary } from './summary';
export type { SoakOptions } from './soak';

const KINDS: readonly OpKind[] = ['reorder', 'rename', 'recolour', 'add', 'delete'];
/** Relative weights: edits of existing stages are what admins do most. */
const WEIGHTS: Record<OpKind, number> = { reorder: 3, rename: 3, recolour: 3, add: 1, delete: 1 };
/** Keep the directory a realistic size: adds and deletes balance around it. */
const MAX_STAGES = 16;
const MIN_STAGES = 8;

const OPERATIONS: Record<OpKind, (soak: Soak, board: Columns) => Promise<string | null>> = {
  reorder,
  rename,
  recolour,
  add,
  delete: remove,
};

export async function runSoak(options: SoakOptions): Promise<SoakSummary> {
  const started = Date.now();
  const soak = await Soak.start(options);
  const { app, summary } = soak;

  for (let n = 1; n <= options.ops; n++) {
    await maybeInjectFault(soak, n);
    const opStarted = Date.now();
    const board = await soak.board();
    const kind = chooseKind(soak.random, board);
    const line = await OPERATIONS[kind](soak, board);
    if (line === null) {
      summary.byKind.skipped++;
      soak.note(`#${n} ${kind}: skipped (no candidate)`);
    } else {
      summary.byKind[kind]++;
      soak.note(`#${n} ${line} (${Date.now() - opStarted} ms)`);
    }
    if (n % 10 === 0 && !(await boardMatchesPortal(soak, `after op #${n}`))) break;
  }

  // The end: nothing on its way, the board equals the portal, and every intent either landed or
  // is listed as unsaved.
  await boardMatchesPortal(soak, 'at the end');
  const atTheEnd = await soak.portalColumns();
  summary.pendingAtEnd = await pendingLabels(app);
  summary.problems.push(...checkIntents(soak.model, atTheEnd, summary.pendingAtEnd));

  await retryEverything(soak);
  await boardMatchesPortal(soak, 'after retrying everything');
  summary.problems.push(
    ...checkIntents(soak.model, await soak.portalColumns(), []).map(
      (p) => `after retrying everything: ${p}`,
    ),
  );
  summary.seconds = Math.round((Date.now() - started) / 1000);
  return summary;
}

/** Board equals portal once nothing is on its way. */
async function boardMatchesPortal(soak: Soak, when: string): Promise<boolean> {
  await waitIdle(soak.app);
  let problems: string[] = [];
  try {
    await expect
      .poll(
        async () => {
          problems = diffColumns(await soak.portalColumns(), await soak.board(), [
            'portal',
            'board',
          ]);
          return problems.length;
        },
        { timeout: 15_000, intervals: POLL },
      )
      .toBe(0);
  } catch {
    soak.summary.problems.push(`${when}: board differs from the portal\n${problems.join('\n')}`);
    return false;
  }
  return true;
}

/** The admin clears the list: no more faults, Try again on everything; it must all land. */
async function retryEverything({ app, portal, summary }: Soak) {
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
