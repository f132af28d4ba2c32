import type { Directory } from './stage';

/**
 * Where the app lives inside Bitrix24: the toolbars of the pipeline settings pages
 * (docs/bitrix24-ui.md, placements). Deals have one placement for all pipelines, smart invoices
 * another, and every smart process its own, keyed by entityTypeId.
 */
export const DEAL_FUNNELS = 'CRM_FUNNELS_TOOLBAR';
export const SMART_INVOICE_FUNNELS = 'CRM_SMART_INVOICE_FUNNELS_TOOLBAR';
const SMART_INVOICE_TYPE = 31;
const DYNAMIC_FUNNELS = /^CRM_DYNAMIC_(\d+)_FUNNELS_TOOLBAR$/;

export const dynamicFunnels = (entityTypeId: number) =>
  `CRM_DYNAMIC_${entityTypeId}_FUNNELS_TOOLBAR`;

/** Every placement the app could bind: deals, smart invoices, and each smart process present. */
export function placementCodes(directories: readonly Directory[]): string[] {
  const dynamicTypes = new Set<number>();
  for (const dir of directories) {
    if (dir.object === 'dynamic' && dir.entityTypeId !== null) dynamicTypes.add(dir.entityTypeId);
  }
  return [
    DEAL_FUNNELS,
    SMART_INVOICE_FUNNELS,
    ...[...dynamicTypes].sort((a, b) => a - b).map(dynamicFunnels),
  ];
}

/** A placement the install leaves out on purpose, and why (the admin is told). */
export interface PlacementSkip {
  readonly placement: string;
  /**
   * `not-offered`: the portal has no such place (smart invoices switched off, say);
   * `stages-disabled`: the smart process's stages are switched off in its settings.
   */
  readonly reason: 'not-offered' | 'stages-disabled';
}

export interface PlacementPlan {
  /** What to bind, in placementCodes order. */
  readonly targets: string[];
  readonly skipped: PlacementSkip[];
}

/**
 * What the install binds: the placements the portal offers (`offered`, from placement.list; null
 * when the portal did not say), except a smart process whose stages are switched off, whose
 * button would open an empty board (docs/server-behaviour.md §1, §3).
 */
export function planPlacements(
  directories: readonly Directory[],
  offered: ReadonlySet<string> | null,
): PlacementPlan {
  const enabledTypes = new Set(
    directories.filter((d) => d.object === 'dynamic' && d.enabled).map((d) => d.entityTypeId),
  );
  const targets: string[] = [];
  const skipped: PlacementSkip[] = [];
  for (const placement of placementCodes(directories)) {
    const dynamic = DYNAMIC_FUNNELS.exec(placement);
    if (dynamic?.[1] !== undefined && !enabledTypes.has(Number(dynamic[1])))
      skipped.push({ placement, reason: 'stages-disabled' });
    else if (offered !== null && !offered.has(placement))
      skipped.push({ placement, reason: 'not-offered' });
    else targets.push(placement);
  }
  return { targets, skipped };
}

/**
 * PLACEMENT_OPTIONS arrive as an object through getInitData, as a JSON string in the POST body,
 * and as `''` on real portals (docs/sdk.md §6): read all three.
 */
export function placementUri(options: unknown): string | null {
  let value = options;
  if (typeof value === 'string') {
    if (value.trim() === '') return null;
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (value === null || typeof value !== 'object') return null;
  const uri = (value as Record<string, unknown>)['URI'];
  return typeof uri === 'string' && uri !== '' ? uri : null;
}

/** `/crm/deal/kanban/category/1/` and `/crm/type/177/list/category/9/` name their pipeline. */
const categoryIn = (uri: string | null): number | null => {
  const match = uri === null ? null : /\/category\/(\d+)(?:[/?#]|$)/.exec(uri);
  return match?.[1] === undefined ? null : Number(match[1]);
};

/** The pipeline named by the page, else the entity's default pipeline, else its first. */
function pipelineOf(
  directories: readonly Directory[],
  matches: (d: Directory) => boolean,
  category: number | null,
): Directory | null {
  const pipelines = directories.filter((d) => d.hasSemantics && d.enabled && matches(d));
  return (
    (category === null ? undefined : pipelines.find((d) => (d.categoryId ?? 0) === category)) ??
    pipelines.find((d) => d.isDefaultCategory) ??
    [...pipelines].sort((a, b) => (a.categorySort ?? Infinity) - (b.categorySort ?? Infinity))[0] ??
    null
  );
}

/**
 * The directory matching the page the app was opened from, or null when the placement is not
 * one of ours (DEFAULT, a left-menu item...) or the portal has no such directory any more.
 */
export function directoryForPlacement(
  placement: string,
  options: unknown,
  directories: readonly Directory[],
): string | null {
  const code = placement.toUpperCase();
  const category = categoryIn(placementUri(options));
  if (code === DEAL_FUNNELS) {
    // The default deal pipeline is DEAL_STAGE (category 0), the others DEAL_STAGE_<id>.
    const deals = directories.filter((d) => d.object === 'deal');
    const wanted = category === null || category === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${category}`;
    return (
      deals.find((d) => d.entityId === wanted)?.entityId ??
      deals.find((d) => d.entityId === 'DEAL_STAGE')?.entityId ??
      null
    );
  }
  if (code === SMART_INVOICE_FUNNELS) {
    const found = pipelineOf(
      directories,
      (d) => d.object === 'invoice' || d.entityTypeId === SMART_INVOICE_TYPE,
      category,
    );
    return found?.entityId ?? null;
  }
  const dynamic = DYNAMIC_FUNNELS.exec(code);
  if (dynamic?.[1] !== undefined) {
    const entityTypeId = Number(dynamic[1]);
    const found = pipelineOf(
      directories,
      (d) => d.object === 'dynamic' && d.entityTypeId === entityTypeId,
      category,
    );
    return found?.entityId ?? null;
  }
  return null;
}
