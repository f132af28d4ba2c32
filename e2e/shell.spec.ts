import { boardReady } from './board-helpers';
import { expect, test } from './fixtures';

test.describe('the app inside the local portal', () => {
  test('boots through the real SDK handshake and lists the directories @dev', async ({
    openApp,
    page,
  }) => {
    const app = await openApp();
    const nav = app.getByRole('navigation', { name: 'Directories' });
    await expect(nav.getByRole('button', { name: 'General Deal Stages' })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Newest Deal Stages' })).toBeVisible();
    await expect(app.getByRole('list', { name: 'In progress' })).toBeVisible();
    const commands = await page.evaluate(
      () => (window as unknown as { __frameLog: { command: string }[] }).__frameLog,
    );
    expect(commands.map((c) => c.command)).toContain('getInitData');
  });

  test('carries on after the token expires mid-session, refreshed through the parent', async ({
    openApp,
    portal,
    page,
  }) => {
    const app = await openApp();
    await expect(app.getByRole('list', { name: 'In progress' })).toBeVisible();
    // Let what follows the first board (counts, journal, analytics) settle before the token expires.
    await boardReady(app);
    await portal.expireToken();
    await portal.clearJournal();

    await app
      .getByRole('navigation', { name: 'Directories' })
      .getByRole('button', { name: 'Newest Deal Stages' })
      .click();
    await expect(app.getByRole('banner')).toContainText('Newest Deal Stages');
    await expect(
      app.getByRole('list', { name: 'In progress' }).getByRole('listitem').first(),
    ).toBeVisible();

    const requests = await portal.boardRequests();
    expect(requests.map((r) => r.status)).toEqual([401, 200]);
    const commands = await page.evaluate(
      () => (window as unknown as { __frameLog: { command: string }[] }).__frameLog,
    );
    expect(commands.map((c) => c.command)).toContain('refreshAuth');
  });

  test('opened outside Bitrix24 it explains itself instead of a blank page', async ({
    page,
    appUrl,
  }) => {
    await page.goto(appUrl);
    await expect(page.getByRole('heading', { name: 'Stage editor for Bitrix24' })).toBeVisible();
    await expect(page.getByText('npm start')).toBeVisible();
  });
});
