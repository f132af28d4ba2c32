import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { boardReady } from './board-helpers';
import { expect, test } from './fixtures';
import { openApplyDialog } from './stage-set-helpers';

/** Serious and critical axe violations inside the app's frame (the portal page is not ours). */
async function serious(page: Page) {
  const results = await new AxeBuilder({ page }).include('#app-frame').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the Apply stage set dialog and its preview have no serious axe violations (${scheme})`, async ({
    page,
    openApp,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = await openApp();
    await boardReady(app);
    const dialog = await openApplyDialog(app);
    await dialog.getByLabel('Template').selectOption({ label: 'B2B sales' });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('table', { name: 'Planned changes' })).toBeVisible();
    await shot(page, testInfo, `apply-dialog-${scheme}.png`);
    expect(await serious(page)).toEqual([]);
    await dialog.getByLabel('Stage set JSON').fill('{"format": "stage-set"');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    expect(await serious(page)).toEqual([]);
  });
}

test('in Russian the dialog, its table and the pipeline tools speak Russian', async ({
  page,
  portal,
  openApp,
}, testInfo) => {
  await portal.settings({ lang: 'ru' });
  const app = await openApp();
  await boardReady(app, 'В работе');
  await expect(
    app
      .getByRole('group', { name: 'Воронки: Сделки' })
      .getByRole('button', { name: 'Новая воронка' }),
  ).toBeVisible();
  await expect(app.getByRole('button', { name: 'Экспорт стадий' })).toBeVisible();
  await app.getByRole('button', { name: 'Применить набор стадий' }).click();
  const dialog = app.getByRole('dialog', { name: 'Применить набор стадий' });
  await dialog.getByRole('combobox', { name: 'Шаблон' }).selectOption({ label: 'Интернет-заказы' });
  await dialog.getByRole('button', { name: 'Предпросмотр' }).click();
  const table = dialog.getByRole('table', { name: 'Запланированные изменения' });
  await expect(table.getByRole('row', { name: /Ожидает оплаты/ })).toContainText('Добавлена');
  await expect(dialog.getByRole('button', { name: 'Применить', exact: true })).toBeVisible();
  await shot(page, testInfo, 'apply-dialog-ru.png');
});
