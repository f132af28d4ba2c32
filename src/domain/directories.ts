import type { CrmObject, Directory } from './stage';

export interface DirectorySection {
  /** Stable key: `lead`, `deal`, `quote`, `invoice`, `document`, `dynamic-<entityTypeId>`, `other`, `reference`. */
  readonly key: string;
  readonly object: CrmObject | 'reference';
  /** A smart process's own name; null for fixed sections, whose titles the UI translates. */
  readonly title: string | null;
  readonly entityTypeId: number | null;
  readonly directories: Directory[];
}

export type CrmMode = 'classic' | 'simple';

// ENTITY_ID codes from "Statuses and dropdowns in CRM: Overview": STATUS, DEAL_STAGE[_xx],
// QUOTE_STATUS, SMART_INVOICE_STAGE_xx, SMART_DOCUMENT_STAGE_xx, DYNAMIC_xx_STAGE_xx.
const PATTERNS: readonly (readonly [RegExp, CrmObject])[] = [
  [/^STATUS$/, 'lead'],
  [/^DEAL_STAGE(_\d+)?$/, 'deal'],
  [/^QUOTE_STATUS$/, 'quote'],
  [/^SMART_INVOICE_STAGE_\d+$/, 'invoice'],
  [/^SMART_DOCUMENT_STAGE_\d+$/, 'document'],
  [/^DYNAMIC_\d+_STAGE_\d+$/, 'dynamic'],
];

/** The CRM object a crm.status ENTITY_ID belongs to; 'other' for reference books and unknowns. */
export function objectOf(entityId: string): CrmObject {
  for (const [pattern, object] of PATTERNS) if (pattern.test(entityId)) return object;
  return 'other';
}

const FIXED: readonly CrmObject[] = ['lead', 'deal', 'quote', 'invoice', 'document'];

const PIPELINES: readonly CrmObject[] = ['invoice', 'document', 'dynamic'];

/**
 * Whether another admin can make the directory disappear while the app shows it: a pipeline
 * (crm.category.delete, or its smart process deleted with it). Leads, the default deal pipeline,
 * estimates and the reference books are always there. An undo plans against a fresh list of
 * directories only where it can be gone (docs/change-journal.md §5).
 */
export function mayDisappear(entityId: string): boolean {
  const object = objectOf(entityId);
  return object === 'deal' ? entityId !== 'DEAL_STAGE' : PIPELINES.includes(object);
}

/**
 * crm.status.entity.types names a smart-process pipeline "<process> (<pipeline>)", e.g.
 * "Equipment Purchase (General)"; the section wants just the process.
 */
export function smartProcessTitle(dir: Pick<Directory, 'name' | 'categoryName'>): string {
  const name = dir.name.trim();
  const suffix = dir.categoryName === null ? null : ` (${dir.categoryName})`;
  if (suffix !== null && name.endsWith(suffix) && name.length > suffix.length)
    return name.slice(0, -suffix.length).trim();
  const stripped = name.replace(/\s*\([^()]*\)$/, '').trim();
  return stripped === '' ? name : stripped;
}

/** Ascending, unknown (null) last, equal values 0 so Array#sort keeps the portal's order. */
const nullsLast = (a: number | null, b: number | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b;

const byPipeline = (a: Directory, b: Directory) =>
  nullsLast(a.categorySort, b.categorySort) || nullsLast(a.categoryId, b.categoryId);

/**
 * The admin's navigation: Leads, Deals (the default pipeline first, then the others in the
 * portal's order), Estimates, Invoices, Documents, one section per smart process (by
 * entityTypeId; pipelines by CATEGORY_SORT, then CATEGORY_ID), any other stage directory, then
 * the reference books (no SEMANTIC_INFO). Empty sections are left out.
 */
export function groupDirectories(dirs: readonly Directory[]): DirectorySection[] {
  const buckets = new Map<string, Directory[]>();
  const put = (key: string, dir: Directory) => {
    const list = buckets.get(key);
    if (list) list.push(dir);
    else buckets.set(key, [dir]);
  };
  for (const dir of dirs) {
    const object = objectOf(dir.entityId);
    if (object === 'dynamic')
      put(`dynamic-${dir.entityTypeId ?? dynamicTypeOf(dir.entityId)}`, dir);
    else if (object !== 'other') put(object, dir);
    else put(dir.hasSemantics ? 'other' : 'reference', dir);
  }

  const sections: DirectorySection[] = [];
  for (const object of FIXED) {
    const list = buckets.get(object);
    if (!list) continue;
    // Stable sort: DEAL_STAGE (the default pipeline) first, the rest keep the portal's order.
    const directories =
      object === 'deal'
        ? [...list].sort(
            (a, b) => Number(b.entityId === 'DEAL_STAGE') - Number(a.entityId === 'DEAL_STAGE'),
          )
        : object === 'invoice' || object === 'document'
          ? [...list].sort(byPipeline)
          : list;
    sections.push({
      key: object,
      object,
      title: null,
      entityTypeId: entityTypeOf(directories),
      directories,
    });
  }

  const dynamicKeys = [...buckets.keys()]
    .filter((k) => k.startsWith('dynamic-'))
    .sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)));
  for (const key of dynamicKeys) {
    const directories = [...(buckets.get(key) ?? [])].sort(byPipeline);
    const named = directories.find((d) => d.isDefaultCategory) ?? directories[0];
    sections.push({
      key,
      object: 'dynamic',
      title: named ? smartProcessTitle(named) : null,
      entityTypeId: Number(key.slice(8)),
      directories,
    });
  }

  for (const key of ['other', 'reference'] as const) {
    const directories = buckets.get(key);
    if (!directories) continue;
    sections.push({
      key,
      object: key,
      title: null,
      entityTypeId: key === 'other' ? entityTypeOf(directories) : null,
      directories,
    });
  }
  return sections;
}

function dynamicTypeOf(entityId: string): number {
  return Number(/^DYNAMIC_(\d+)_/.exec(entityId)?.[1] ?? Number.NaN);
}

function entityTypeOf(directories: readonly Directory[]): number | null {
  const types = new Set(directories.map((d) => d.entityTypeId));
  const [only] = types;
  return types.size === 1 && only !== undefined ? only : null;
}

/**
 * The directory to open first: the default deal pipeline, else the first stage directory whose
 * stages are switched on.
 */
export function defaultDirectoryId(dirs: readonly Directory[]): string | null {
  if (dirs.some((d) => d.entityId === 'DEAL_STAGE')) return 'DEAL_STAGE';
  for (const section of groupDirectories(dirs)) {
    if (section.object === 'reference') continue;
    const first = section.directories.find((d) => d.enabled);
    if (first) return first.entityId;
  }
  return null;
}

/**
 * The crm.item entityTypeId of the items whose stages an ENTITY_ID holds, read from the code
 * itself (leads 1, deals 2, estimates 7, smart invoices 31, documents 36, a smart process its
 * own), or null for a reference book, whose entries hold no items.
 */
export function itemTypeOf(entityId: string): number | null {
  if (entityId === 'STATUS') return 1;
  if (/^DEAL_STAGE(_\d+)?$/.test(entityId)) return 2;
  if (entityId === 'QUOTE_STATUS') return 7;
  if (/^SMART_INVOICE_STAGE_\d+$/.test(entityId)) return 31;
  if (/^SMART_DOCUMENT_STAGE_\d+$/.test(entityId)) return 36;
  const dynamic = /^DYNAMIC_(\d+)_STAGE_\d+$/.exec(entityId);
  return dynamic?.[1] === undefined ? null : Number(dynamic[1]);
}

/**
 * The ENTITY_ID of a pipeline's stages, from its CRM type and category: the inverse of itemTypeOf
 * for the types that have pipelines (docs/rest-api.md §1). The default deal pipeline is DEAL_STAGE.
 */
export function pipelineEntityId(entityTypeId: number, categoryId: number): string {
  if (entityTypeId === 2) return categoryId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${categoryId}`;
  if (entityTypeId === 31) return `SMART_INVOICE_STAGE_${categoryId}`;
  if (entityTypeId === 36) return `SMART_DOCUMENT_STAGE_${categoryId}`;
  return `DYNAMIC_${entityTypeId}_STAGE_${categoryId}`;
}

/** crm.settings.mode.get returns 1 for classic CRM (with leads) and 2 for simple CRM (without). */
export function crmModeOf(setting: unknown): CrmMode {
  return Number(setting) === 2 ? 'simple' : 'classic';
}

/** In simple CRM mode leads are switched off, so their stages are not worth showing. */
export function hideLeadsInSimpleMode(
  sections: readonly DirectorySection[],
  crmMode: CrmMode,
): DirectorySection[] {
  return crmMode === 'simple' ? sections.filter((s) => s.object !== 'lead') : [...sections];
}
