import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { appFrame, boardReady } from './board-helpers';
import { expect, test } from './fixtures';
import { newDealPipeline, openApplyDialog, openPipeline, writesIn } from './stage-set-helpers';

const FILES = new URL('./stage-set-files/', import.meta.url);
const file = (name: string) => ({
  name,
  mimeType: 'application/json',
  buffer: readFileSync(new URL(name, FILES)),
});

/** Each kind of bad file, and the reason the admin must read for it. */
const BAD: [string, () => { name: string; mimeType: string; buffer: Buffer }, RegExp[]][] = [
  [
    'malformed JSON',
    () => file('bad-malformed.json'),
    [/The file: it is not valid JSON \(near line:column 3:\d+\)/],
  ],
  [
    'another format',
    () => file('bad-format.json'),
    [/the format is “pipeline-export”, not “stage-set”/],
  ],
  ['another version', () => file('bad-version.json'), [/version 2 is not supported/]],
  [
    'an unknown group',
    () => file('bad-unknown-group.json'),
    [/Directory 1, stage 2: the group “won” is unknown/],
  ],
  [
    'no success stage',
    () => file('bad-no-success.json'),
    [/Directory 1: there is no success stage/],
  ],
  [
    'two success stages',
    () => file('bad-two-success.json'),
    [/Directory 1: there are 2 success stages/],
  ],
  ['an empty name', () => file('bad-name-empty.json'), [/Directory 1, stage 2: the name is empty/]],
  [
    'a stage renamed to "0"',
    () => file('bad-name-zero.json'),
    [/Directory 1, stage 1: the name is “0”, which Bitrix24 does not keep/],
  ],
  [
    'a name over 100 characters',
    () => file('bad-name-too-long.json'),
    [/Directory 1, stage 2: the name is longer than 100 characters/],
  ],
  [
    'invalid colours',
    () => file('bad-colour.json'),
    [/stage 1: “red” is not a colour/, /stage 2: “#12345g” is not a colour/],
  ],
  [
    'duplicate codes',
    () => file('bad-duplicate-code.json'),
    [/Directory 1, stage 2: the code “new” is used twice/],
  ],
  [
    'more than 500 stages',
    () => file('bad-too-many-stages.json'),
    [/Directory 1: 501 stages; at most 500 are allowed/],
  ],
  [
    'a file over 1 MB',
    () => ({
      name: 'huge.stage-set.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(1024 * 1024 + 1, 32),
    }),
    [/The file: it is larger than 1 MB \(1048577 bytes\)/],
  ],
  [
    'a binary file',
    () => ({
      name: 'picture.png',
      mimeType: 'image/png',
      buffer: Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
      ]),
    }),
    [/The file: it is not a text file/],
  ],
];

test('each kind of bad file is refused with its reason, and nothing is sent', async ({
  openApp,
  portal,
}) => {
  const app = await openApp();
  await boardReady(app);
  await portal.clearJournal();
  const dialog = await openApplyDialog(app);
  for (const [kind, make, reasons] of BAD) {
    await dialog.getByLabel('Stage set file').setInputFiles(make());
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert, kind).toContainText('This stage set cannot be applied');
    await expect(alert, kind).toContainText('Nothing was sent.');
    for (const reason of reasons) await expect(alert, kind).toContainText(reason);
    await expect(dialog.getByRole('table', { name: 'Planned changes' })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Apply', exact: true })).toHaveCount(0);
  }
  // A hostile name is text, never markup: the good file's stage name shows as typed.
  await dialog.getByLabel('Stage set file').setInputFiles(file('good-two-directories.json'));
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog
    .getByRole('combobox', { name: 'Directory in the file' })
    .selectOption({ label: 'Purchases' });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('rowheader', { name: '<b>Bold</b> & "quoted"' })).toBeVisible();
  expect(writesIn(await portal.journal())).toEqual([]);
});

/**
 * Drops a file on `target` as a browser does: dragenter, dragover (which must be cancelled, or the
 * browser refuses the drop), then drop, each carrying the same DataTransfer made in the app's frame.
 */
async function dropFile(page: Page, target: Locator, name: string, text: string) {
  const dataTransfer = await (
    await appFrame(page)
  ).evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      return transfer;
    },
    [name, text] as const,
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  const accepted = await target.evaluate(
    (element, transfer) =>
      !element.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      ),
    dataTransfer,
  );
  expect(accepted, 'dragover is cancelled, so the browser lets the file drop').toBe(true);
  await target.dispatchEvent('drop', { dataTransfer });
}

test('a file dropped on the dialog is read like a picked one: previewed, or refused with its reason', async ({
  openApp,
  page,
  portal,
}) => {
  const app = await openApp();
  await boardReady(app);
  await portal.clearJournal();
  const dialog = await openApplyDialog(app);
  const box = dialog.getByRole('group', { name: 'Where the stage set comes from' });
  await dropFile(page, box, 'bad-colour.json', file('bad-colour.json').buffer.toString('utf8'));
  await expect(dialog.getByText('Source: the file “bad-colour.json”.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/stage 1: “red” is not a colour/);

  const good = file('good-one.json').buffer.toString('utf8');
  await dropFile(page, box, 'good-one.json', good);
  await expect(dialog.getByText('Source: the file “good-one.json”.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const table = dialog.getByRole('table', { name: 'Planned changes' });
  await expect(table.getByRole('row', { name: /^Offer sent / })).toContainText('Added');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  expect(writesIn(await portal.journal())).toEqual([]);
});

test.describe('pipelines', () => {
  test('rename a pipeline; delete an empty one; refuse, before trying, one with items or the default', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    // The default pipeline: the app says no without asking the portal to delete it.
    await app.getByRole('button', { name: 'Delete pipeline General Deal Stages' }).click();
    let dialog = app.getByRole('dialog', { name: 'Delete pipeline General Deal Stages' });
    await expect(dialog).toContainText('The default pipeline cannot be deleted');
    await expect(dialog.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await openPipeline(app, 'Newest Deal Stages');
    await app.getByRole('button', { name: 'Delete pipeline Newest Deal Stages' }).click();
    dialog = app.getByRole('dialog', { name: 'Delete pipeline Newest Deal Stages' });
    await expect(dialog).toContainText(/This pipeline holds [\d,]+ items/);
    await expect(dialog.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await app.getByRole('button', { name: 'Rename pipeline Newest Deal Stages' }).click();
    dialog = app.getByRole('dialog', { name: 'Rename pipeline Newest Deal Stages' });
    // The pipeline's own name (crm.category), not its directory's.
    await expect(dialog.getByRole('textbox', { name: 'Pipeline name' })).toHaveValue('Newest');
    await dialog.getByRole('textbox', { name: 'Pipeline name' }).fill('Retail');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(app.getByRole('navigation', { name: 'Directories' })).toContainText(
      'Retail Deal Stages',
    );
    const [renamed] = await portal.calls('crm.category.update');
    expect(renamed?.params).toMatchObject({ id: '1', fields: { name: 'Retail' } });

    await newDealPipeline(app, 'Short-lived');
    await expect(app.getByRole('banner')).toContainText('Short-lived');
    await app.getByRole('button', { name: /^Delete pipeline Short-lived/ }).click();
    dialog = app.getByRole('dialog', { name: /^Delete pipeline Short-lived/ });
    await expect(dialog).toContainText('recycle bin');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(app.getByRole('navigation', { name: 'Directories' })).not.toContainText(
      'Short-lived',
    );
    expect(await portal.calls('crm.category.delete')).toHaveLength(1);
  });

  test('items only in the recycle bin: the portal refuses, and its sentence is shown', async ({
    openApp,
    portal,
    request,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await openPipeline(app, 'Equipment Purchase (Second Funnel)');
    const ids = (await portal.items())
      .filter((i) => i.entityTypeId === 177 && i.stageId.startsWith('DT177_9:'))
      .map((i) => i.id);
    const recycled = await request.post(`/__emulator/${portal.id}/recycle`, {
      data: { entityTypeId: 177, ids },
    });
    expect(recycled.ok()).toBe(true);
    await app
      .getByRole('button', { name: 'Delete pipeline Equipment Purchase (Second Funnel)' })
      .click();
    const dialog = app.getByRole('dialog', {
      name: 'Delete pipeline Equipment Purchase (Second Funnel)',
    });
    await expect(dialog).toContainText('recycle bin');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'The pipeline cannot be deleted because it contains items.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.getByRole('navigation', { name: 'Directories' })).toContainText(
      'Second Funnel',
    );
  });

  test('the plan’s pipeline limit: the portal’s refusal is shown, nothing else changes', async ({
    openApp,
    portal,
  }) => {
    await portal.settings({ dealCategoryLimit: 3 });
    const app = await openApp();
    await boardReady(app);
    const dialog = await newDealPipeline(app, 'One too many');
    await expect(dialog.getByRole('alert')).toContainText('maximum number of pipelines');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await portal.calls('crm.category.add')).toHaveLength(1);
    await expect(app.getByRole('banner')).toContainText('General Deal Stages');
  });
});
