// Portal set-ups a test can switch on or off (settings `smartInvoices`, `disabledSmartProcess`):
// what entity.types, crm.status.add and placement.list see. docs/server-behaviour.md §1, §3;
// crm/classes/general/crm_status.php GetEntityTypes, getDynamicEntities.
import type { Portal } from './state';
import type { EntityType, StatusRow } from './types';

/** Smart invoices are entity type 31; smart documents 36; smart processes 128-191 or even ≥1030. */
export const SMART_INVOICE_TYPE_ID = 31;

export function isSmartProcessType(entityTypeId: number): boolean {
  return (
    (entityTypeId >= 128 && entityTypeId <= 191) || (entityTypeId >= 1030 && entityTypeId % 2 === 0)
  );
}

/** The set-up's smart process: its stages are disabled ("stages" switched off in its settings). */
export const DISABLED_SMART_PROCESS = {
  entityTypeId: 185,
  categoryId: 11,
  entityId: 'DYNAMIC_185_STAGE_11',
  prefix: 'DT185_11',
  title: 'Archived contracts',
};

function disabledSmartProcessType(): EntityType {
  const p = DISABLED_SMART_PROCESS;
  return {
    ID: p.entityId,
    NAME: `${p.title} (General)`,
    SEMANTIC_INFO: [],
    PREFIX: p.prefix,
    FIELD_ATTRIBUTE_SCOPE: `category_${p.categoryId}`,
    ENTITY_TYPE_ID: p.entityTypeId,
    IS_ENABLED: false,
    CATEGORY_ID: p.categoryId,
    CATEGORY_NAME: 'General',
    CATEGORY_SORT: 500,
    IS_DEFAULT_CATEGORY: true,
  };
}

/** A new smart-process pipeline's stages (crm/lib/Service/Scenario/DefaultStages.php). */
function defaultSmartProcessStages(portal: Portal): StatusRow[] {
  const p = DISABLED_SMART_PROCESS;
  const stages: [string, string, string, 'S' | 'F' | null, boolean][] = [
    ['NEW', 'New', '#22B9FF', null, true],
    ['PREPARATION', 'Preparation', '#88B9FF', null, false],
    ['CLIENT', 'Client', '#10e5fc', null, false],
    ['SUCCESS', 'Success', '#00ff00', 'S', true],
    ['FAIL', 'Fail', '#ff0000', 'F', true],
  ];
  return stages.map(([code, name, color, semantics, system], index) => ({
    ID: portal.allocateStatusId(),
    ENTITY_ID: p.entityId,
    STATUS_ID: `${p.prefix}:${code}`,
    NAME: name,
    NAME_INIT: name,
    SORT: String((index + 1) * 10),
    SYSTEM: system ? 'Y' : 'N',
    CATEGORY_ID: String(p.categoryId),
    COLOR: color,
    SEMANTICS: semantics,
  }));
}

/** Adds or removes the smart process whose stages are disabled, with its stage rows. */
export function setDisabledSmartProcess(portal: Portal, on: boolean): void {
  const { entityId } = DISABLED_SMART_PROCESS;
  if (on) {
    // Idempotent: a portal restored from --data already has the rows, not the type.
    if (!portal.entityTypes.some((t) => t.ID === entityId)) {
      portal.entityTypes.push(disabledSmartProcessType());
    }
    if (!portal.statuses.some((r) => r.ENTITY_ID === entityId)) {
      portal.statuses.push(...defaultSmartProcessStages(portal));
    }
  } else {
    portal.entityTypes = portal.entityTypes.filter((t) => t.ID !== entityId);
    portal.statuses = portal.statuses.filter((r) => r.ENTITY_ID !== entityId);
  }
}

/** crm.status.entity.types as this portal answers it: no smart-invoice directories when they are off. */
export function visibleEntityTypes(portal: Portal): EntityType[] {
  return portal.entityTypes.filter(
    (t) => portal.settings.smartInvoices || t['ENTITY_TYPE_ID'] !== SMART_INVOICE_TYPE_ID,
  );
}

export function visibleEntityType(portal: Portal, entityId: string): EntityType | undefined {
  return visibleEntityTypes(portal).find((t) => t.ID === entityId);
}

/** Ids of the smart-process types that exist (each has its own placement codes). */
export function smartProcessTypeIds(portal: Portal): number[] {
  const ids = visibleEntityTypes(portal)
    .map((t) => t['ENTITY_TYPE_ID'])
    .filter((id): id is number => typeof id === 'number' && isSmartProcessType(id));
  return [...new Set(ids)].sort((a, b) => a - b);
}
