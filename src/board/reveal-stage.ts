/** A stage's card, or a reference book's entry (its own list, not the board's drag). */
const stageItem = (stageId: string) => {
  const id = CSS.escape(stageId);
  return document.querySelector<HTMLElement>(
    `li[data-stage-id="${id}"], li[data-entry-id="${id}"]`,
  );
};

/**
 * Where keyboard focus goes on a stage: its handle (`Move stage …`), from where the admin can
 * move, rename or recolour it; on a read-only board, the card itself. Null while the stage is
 * not on the board.
 */
export function stageFocusTarget(stageId: string): HTMLElement | null {
  const item = stageItem(stageId);
  return (
    item?.querySelector<HTMLElement>('[data-drag-handle]') ??
    item?.querySelector<HTMLElement>('article') ??
    null
  );
}

/** A stage's `Rename stage …` button, where focus returns when its name editor closes. */
export function renameButtonOf(stageId: string): HTMLElement | null {
  return stageItem(stageId)?.querySelector<HTMLElement>('[data-rename]') ?? null;
}

/** The add button at the start of a group (`Add stage at the start of …`), if it has one. */
export function addButtonOf(group: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-add-to-group="${CSS.escape(group)}"]`);
}

/**
 * Brings a stage into view and focuses it (stageFocusTarget). The frame may be taller than the
 * portal's window, so the browser also scrolls the portal page as needed.
 */
export function revealStage(stageId: string): void {
  stageItem(stageId)?.scrollIntoView({ block: 'nearest', inline: 'center' });
  stageFocusTarget(stageId)?.focus({ preventScroll: true });
}
