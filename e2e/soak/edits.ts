// Rename and recolour, through the stage's own buttons, as an admin does them.
import { STAGE_PALETTE } from '../../src/domain/colour';
import { all, type Columns } from './board-state';
import { intentOf } from './model';
import { outcome, pendingLabels, settle } from './screen';
import type { Soak } from './soak';

const PALETTE = STAGE_PALETTE.flat();

export async function rename(soak: Soak, board: Columns): Promise<string> {
  const { app } = soak;
  const stage = soak.random.pick(all(board));
  const name = soak.freshName();
  await app.getByRole('button', { name: `Rename stage ${stage.name}`, exact: true }).click();
  const field = app.getByRole('textbox', { name: 'Stage name' });
  await field.fill(name);
  await field.press('Enter');
  intentOf(soak.model, stage).name = name;
  soak.names.learn(stage.statusId, name);
  await settle(app, async () => {
    const now = await soak.board();
    return (
      all(now).some((s) => s.statusId === stage.statusId && s.name === name) ||
      (await pendingLabels(app)).includes(`Rename ${stage.name} to ${name}`)
    );
  });
  return `rename ${stage.statusId} ${JSON.stringify(stage.name)} → ${JSON.stringify(name)}${await outcome(app, `Rename ${stage.name} to ${name}`)}`;
}

/** Half the time a palette swatch, half the time any colour typed into the hex field. */
export async function recolour(soak: Soak, board: Columns): Promise<string> {
  const { app, random } = soak;
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
  intentOf(soak.model, stage).colour = hex;
  const label = `Colour of ${stage.name} to ${hex}`;
  await settle(app, async () => {
    const now = await soak.board();
    return (
      all(now).some((s) => s.statusId === stage.statusId && s.colour === hex) ||
      (await pendingLabels(app)).some((l) => l.toLowerCase() === label.toLowerCase())
    );
  });
  return `recolour ${stage.statusId} ${JSON.stringify(stage.name)} ${stage.colour} → ${hex}${byText ? ' (typed)' : ''}${await outcome(app, label)}`;
}
