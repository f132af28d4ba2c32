/**
 * Brings a stage into view and puts keyboard focus on its handle (`Move stage …`), from where the
 * admin can move, rename or recolour it; on a read-only board, on the card itself. The frame may
 * be taller than the portal's window, so the browser also scrolls the portal page as needed.
 */
export function revealStage(stageId: string): void {
  const item = document.querySelector<HTMLElement>(`li[data-stage-id="${CSS.escape(stageId)}"]`);
  if (!item) return;
  item.scrollIntoView({ block: 'nearest', inline: 'center' });
  const target =
    item.querySelector<HTMLElement>('[data-drag-handle]') ??
    item.querySelector<HTMLElement>('article');
  target?.focus({ preventScroll: true });
}
