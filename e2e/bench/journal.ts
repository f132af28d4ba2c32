// Figure 15 (issue 12): what the change journal costs. An edit: its REST requests for the change
// and for its journal entry. Opening the journal: its requests until the first page is on screen.
import type { Frame } from '@playwright/test';
import type { JournalEntry } from '../portal-control';
import { followerOf, type PortalControl } from '../portal-control';
import { backgroundSettled, interactive, type Bench } from './bench';
import type { FigureGroup } from './report';
import { sleep } from './stats';

const EDITS = 5;

/**
 * HTTP requests of the journal, and those of the change, among these journal rows (what else
 * follows a board, item counts and analytics, is neither).
 */
function split(journal: readonly JournalEntry[]) {
  const requests = journal.filter((e) => e.parent === undefined);
  const follower = (r: JournalEntry) => followerOf(journal.filter((e) => e.parent === r.seq));
  return {
    change: requests.filter((r) => follower(r) === null).length,
    journal: requests.filter((r) => follower(r) === 'journal').length,
  };
}

async function until(test: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 400; i++) {
    if (await test()) return;
    await sleep(25);
  }
  throw new Error(`${what} did not happen within 10 s`);
}

/** The entry of the last edit is stored (its entity.item.add answered 200). */
const stored = async (portal: PortalControl, count: number) =>
  (await portal.calls('entity.item.add')).filter((c) => c.status === 200).length >= count;

async function rename(frame: Frame, from: string, to: string) {
  await frame.getByRole('button', { name: `Rename stage ${from}`, exact: true }).click();
  const field = frame.getByRole('textbox', { name: 'Stage name', exact: true });
  await field.fill(to);
  await field.press('Enter');
}

async function measure(bench: Bench) {
  const portal = await bench.newPortal();
  const { frame, close } = await bench.open(portal);
  await interactive(frame);
  await backgroundSettled(frame);
  const toggle = frame.getByRole('button', { name: 'Change journal', exact: true });
  const edits: { change: number; journal: number }[] = [];
  let current = 'Final Invoice';
  for (let i = 0; i < EDITS; i++) {
    await portal.clearJournal();
    const next = `Bench ${i + 1}`;
    await rename(frame, current, next);
    await until(() => stored(portal, 1), 'the journal entry');
    await sleep(200); // anything else the edit might send
    edits.push(split(await portal.journal()));
    current = next;
  }
  await portal.clearJournal();
  await toggle.click();
  await frame
    .getByRole('list', { name: 'Entries', exact: true })
    .getByRole('listitem')
    .first()
    .waitFor();
  await sleep(200);
  const opening = split(await portal.journal());
  await close();
  return { edits, opening: opening.change + opening.journal };
}

export const journalFigures: FigureGroup = {
  figures: ['15'],
  label: 'change journal…',
  async run(bench) {
    const { edits, opening } = await measure(bench);
    const change = Math.max(...edits.map((e) => e.change));
    const journal = Math.max(...edits.map((e) => e.journal));
    return {
      raw: { journalEdits: edits, journalOpening: opening },
      rows: [
        {
          figure: `15. Journal: REST requests per edit (rename, worst of ${EDITS})`,
          value: `${change} for the change + ${journal} for its entry`,
          target: '1 + at most 1',
          met: change === 1 && journal <= 1,
        },
        {
          figure: '15. Journal: REST requests to open the journal (first page of 50)',
          value: String(opening),
          target: '1',
          met: opening === 1,
        },
      ],
    };
  },
};
