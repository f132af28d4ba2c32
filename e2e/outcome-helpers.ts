import type { FrameLocator } from '@playwright/test';
import { analyticsLoaded, boardReady } from './board-helpers';
import { expect, type TestPortal } from './fixtures';

// The outcome specs' common ground (issue 14): the pipeline, the stage whose outcome changes,
// and the steps that bring the app to it.

export const PIPELINE = { name: 'Newest Deal Stages', entityId: 'DEAL_STAGE_1', categoryId: 1 };
export const OLD = { name: 'Needs assessment', statusId: 'C1:PREPARATION' };
/** The replacement's STATUS_ID, made from the stage's name (C1:PREPARATION is taken). */
export const NEW = 'C1:NEEDS_ASSESSMENT';
export const ITEMS = 120;

/** Opens the pipeline and waits for its board and its analytics (so the call journal is ours). */
export async function openPipeline(app: FrameLocator) {
  await app
    .getByRole('navigation', { name: 'Directories' })
    .getByRole('button', { name: PIPELINE.name })
    .click();
  await expect(app.getByRole('banner')).toContainText(PIPELINE.name);
  await boardReady(app);
  await analyticsLoaded(app);
}

/**
 * The stage holds 120 deals (one from the seed, 119 planted) and the app shows the pipeline, its
 * analytics loaded; returns the deals' ids and the app's frame.
 */
export async function ready(portal: TestPortal, openApp: () => Promise<FrameLocator>) {
  await portal.plantItems({
    entityTypeId: 2,
    categoryId: PIPELINE.categoryId,
    stageId: OLD.statusId,
    count: ITEMS - 1,
  });
  const ids = (await portal.items())
    .filter((i) => i.entityTypeId === 2 && i.stageId === OLD.statusId)
    .map((i) => i.id);
  expect(ids).toHaveLength(ITEMS);
  const app = await openApp();
  await openPipeline(app);
  return { ids, app };
}

/**
 * Opens the dialog of the stage and starts the change at the default place, with the mouse as an
 * admin does; returns the dialog.
 */
export async function startChange(app: FrameLocator, name = OLD.name) {
  await app.getByRole('button', { name: `Change outcome of stage ${name}` }).click();
  const dialog = app.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Change outcome' }).click();
  return dialog;
}

/** The stage (STATUS_ID) each of these deals is in now, as the portal holds it. */
export async function stageIn(portal: TestPortal, ids: readonly number[]) {
  const items = await portal.items();
  return ids.map((id) => items.find((i) => i.entityTypeId === 2 && i.id === id)?.stageId);
}

/** Deal ids by id: the order the portal lists and moves them in. */
export const sorted = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);
