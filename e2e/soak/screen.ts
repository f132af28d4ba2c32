// What the app tells the admin about its writes: the saving line, the Unsaved changes list and
// the drag announcements, read by role and text.
import type { FrameLocator } from '@playwright/test';
import { expect } from '../fixtures';

/** expect.poll's default backs off to 1 s; the soak waits for many short things. */
export const POLL = [50, 100, 150, 250];

export const unsaved = (app: FrameLocator) => app.getByRole('region', { name: 'Unsaved changes' });

/** Nothing on its way to the portal (a delayed batch can take several seconds). */
export async function waitIdle(app: FrameLocator) {
  await expect(app.getByText(/^Saving \d+ changes?…/)).toHaveCount(0, { timeout: 30_000 });
  await expect(app.getByText('Adding…')).toHaveCount(0, { timeout: 30_000 });
}

/** Waits until `reached` holds, then until nothing is on its way. */
export async function settle(app: FrameLocator, reached: () => Promise<boolean>) {
  await expect.poll(reached, { timeout: 30_000, intervals: POLL }).toBe(true);
  await waitIdle(app);
}

/**
 * The writes listed in Unsaved changes, by their label (`Rename A to B`, `Move A`...): each entry
 * is an alert reading `<label> — <why it failed>`.
 */
export async function pendingLabels(app: FrameLocator): Promise<string[]> {
  if ((await unsaved(app).count()) === 0) return [];
  const alerts = await unsaved(app).getByRole('listitem').getByRole('alert').allInnerTexts();
  return alerts.map((text) => text.split(' — ')[0] ?? text);
}

/** ✓ when the write landed, ✗ when the app lists it as unsaved. */
export async function outcome(app: FrameLocator, label: string): Promise<string> {
  const pending = (await pendingLabels(app)).map((l) => l.toLowerCase());
  return pending.includes(label.toLowerCase()) ? ' ✗ (unsaved)' : ' ✓';
}

/** What the board announced last, to say why an expected announcement did not come. */
export async function liveRegion(app: FrameLocator): Promise<string> {
  const said = await app.getByRole('status').allInnerTexts();
  return `the board announced: ${said.filter((s) => s.trim()).join(' / ')}`;
}
