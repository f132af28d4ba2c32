// Adding a stage at a random place of a group and deleting an empty one, each retried as the
// admin would when Bitrix24 refuses it.
import { expect } from '../fixtures';
import { all, portalColumns, type Columns, type GroupName, type SeenStage } from './board-state';
import { POLL } from './screen';
import type { Soak } from './soak';

export async function add(soak: Soak, board: Columns): Promise<string | null> {
  const { app, random, summary, model } = soak;
  const g = random.pick<GroupName>(['In progress', 'In progress', 'Failure']);
  const list = board[g];
  const index = random.int(0, list.length);
  const after = list[index - 1];
  const name = soak.freshName();
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
    .filter({ hasText: 'was not added' });
  let result = ' ✓';
  for (let attempt = 0; ; attempt++) {
    await expect
      .poll(
        async () =>
          (await draft.count()) > 0 ||
          (all(await soak.board()).some((s) => s.name === name) &&
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
  const row = (await soak.portal.statuses(soak.entityId)).find((r) => r.NAME === name);
  if (!row) {
    summary.problems.push(`add ${name}: shown on the board but not in the portal`);
    return `add ${g} ${JSON.stringify(name)}: not in the portal`;
  }
  soak.names.learn(row.STATUS_ID, name);
  const intended = list.map((s) => s.statusId);
  intended.splice(index, 0, row.STATUS_ID);
  model.order[g] = intended;
  model.stages.set(row.STATUS_ID, {
    name,
    colour: portalColumns([row])[g][0]?.colour ?? '',
  });
  return `add ${g} #${index + 1} ${row.STATUS_ID} ${JSON.stringify(name)}${result}`;
}

export async function remove(soak: Soak, board: Columns): Promise<string | null> {
  const { app, summary, model } = soak;
  const candidates = deletable(board);
  if (candidates.length === 0) return null;
  const { stage, group: g } = soak.random.pick(candidates);
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
        { timeout: 30_000, intervals: POLL },
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
  const rows = await soak.portal.statuses(soak.entityId);
  const gone = !rows.some((r) => r.STATUS_ID === stage.statusId);
  if (gone) {
    model.order[g] = model.order[g].filter((id) => id !== stage.statusId);
    model.stages.delete(stage.statusId);
  }
  return `delete ${g} ${stage.statusId} ${JSON.stringify(stage.name)}${result}${gone ? '' : ' (still there)'}`;
}

/** Stages Bitrix24 lets go (not the start, success or first failure stage). */
function deletable(board: Columns): { stage: SeenStage; group: GroupName }[] {
  return [
    ...board['In progress'].slice(1).map((stage) => ({ stage, group: 'In progress' as const })),
    ...board.Failure.slice(1).map((stage) => ({ stage, group: 'Failure' as const })),
  ];
}
