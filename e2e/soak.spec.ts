import { boardReady, group } from './board-helpers';
import { expect, test } from './fixtures';
import { formatSummary, runSoak } from './soak/driver';

// CI runs 50 operations; `npm run soak` runs 500 (SOAK_OPS). SOAK_SEED replays a run.
const ops = Number(process.env['SOAK_OPS'] ?? 50);
const seed = Number(process.env['SOAK_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

// An action that cannot happen must fail the soak with its log, not wait out the whole run.
test.use({ actionTimeout: 15_000 });

test('soak: random edits through the UI with injected faults lose nothing', async ({
  openApp,
  portal,
}, testInfo) => {
  // A realistic admin pace is about one edit a second, far under the real bucket's refill, but
  // the soak drives edits back to back (plus the re-read after each): the emulator's rate limit
  // is switched off for this portal, and bursts of 503 come from injected `rateLimit` faults.
  await portal.settings({ rateLimit: null });
  test.setTimeout(60_000 + ops * 2_000);
  const app = await openApp();
  await boardReady(app);
  // "Newest Deal Stages" (DEAL_STAGE_1): a pipeline of realistic size, with items in two stages.
  await app
    .getByRole('navigation', { name: 'Directories' })
    .getByRole('button', { name: 'Newest Deal Stages' })
    .click();
  await expect(group(app, 'In progress').getByRole('listitem')).toHaveCount(7);
  await expect(
    app.getByRole('article', { name: 'New request', exact: true }).getByTestId('item-count'),
  ).toBeVisible();

  const summary = await runSoak({
    app,
    portal,
    entityId: 'DEAL_STAGE_1',
    ops,
    seed,
    // SOAK_VERBOSE=1 prints every operation as it happens.
    ...(process.env['SOAK_VERBOSE'] ? { log: (line: string) => console.log(line) } : {}),
  });
  const report = formatSummary(summary);
  console.log(report);
  await testInfo.attach('soak-summary.txt', { body: report, contentType: 'text/plain' });
  await testInfo.attach('soak-operations.txt', {
    body: summary.log.join('\n'),
    contentType: 'text/plain',
  });
  expect(summary.problems, `${report}\n\nOperations:\n${summary.log.join('\n')}`).toEqual([]);
});
