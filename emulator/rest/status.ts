// crm.status.* and crm.settings.mode.get, following crm-status-api.md method by method.
import { Errors, RestError } from '../errors';
import { FAILURE_COLOUR, SUCCESS_COLOUR } from '../seed';
import type { Portal } from '../state';
import type { EntityType, Json, JsonObject, StatusRow } from '../types';
import { asId, asObject, asString, page, type MethodDef } from './context';
import { applyFilter, applyOrder } from './query';

/** Fields of crm.status.fields, verbatim from the docs example. */
const FIELDS: JsonObject = (() => {
  const f = (
    type: string,
    title: string,
    flags: { isRequired?: boolean; isReadOnly?: boolean; isImmutable?: boolean } = {},
  ): JsonObject => ({
    type,
    isRequired: flags.isRequired ?? false,
    isReadOnly: flags.isReadOnly ?? false,
    isImmutable: flags.isImmutable ?? false,
    isMultiple: false,
    isDynamic: false,
    title,
  });
  return {
    ID: f('integer', 'ID', { isReadOnly: true }),
    ENTITY_ID: f('string', 'Entity ID', { isRequired: true, isImmutable: true }),
    STATUS_ID: f('string', 'Status', { isRequired: true, isImmutable: true }),
    SORT: f('integer', 'Sorting'),
    NAME: f('string', 'Name', { isRequired: true }),
    NAME_INIT: f('string', 'Default Name', { isReadOnly: true }),
    SYSTEM: f('char', 'System', { isReadOnly: true }),
    CATEGORY_ID: f('integer', 'CATEGORY_ID', { isImmutable: true }),
    COLOR: f('string', 'COLOR'),
    SEMANTICS: f('char', 'SEMANTICS', { isImmutable: true }),
    EXTRA: f('crm_status_extra', 'Additional Fields'),
  };
})();

const STATUS_FIELDS = Object.keys(FIELDS);

/**
 * NAME length limit. The docs are silent; b_crm_status.NAME is a varchar(100) column in the CRM
 * module's schema, so we refuse longer names rather than silently truncating.
 */
export const NAME_MAX_LENGTH = 100;

/** Directories with documented STATUS_ID rules (crm.status.add, "Restrictions for STATUS_ID"). */
const STRICT_LIMITS: Record<string, number> = { STATUS: 21, QUOTE_STATUS: 22, DEAL_STAGE: 22 };
const STRICT_CHARS = /^[A-Za-z0-9_-]+$/;
const OTHER_MAX = 50;

/**
 * Max STATUS_ID length for a directory, counting the pipeline prefix. For DEAL_STAGE_xx the docs
 * say only "depends on the funnel identifier": we read that as the DEAL_STAGE limit (22) applied
 * to the stored value including `Cxx:`, so C1 leaves 19 characters for the code, C12 leaves 18.
 */
export function statusIdLimit(entityId: string): { max: number; strict: boolean } {
  const limit = STRICT_LIMITS[entityId];
  if (limit !== undefined) return { max: limit, strict: true };
  if (/^DEAL_STAGE_\d+$/.test(entityId)) return { max: 22, strict: true };
  return { max: OTHER_MAX, strict: false };
}

/** Stage directories carry semantics (SEMANTIC_INFO); reference books (SOURCE...) do not. */
function isStageDirectory(type: EntityType): boolean {
  return type['SEMANTIC_INFO'] !== undefined;
}

/** Real portals send EXTRA for lead, deal and estimate stages only (see the list/get examples). */
function hasExtra(entityId: string): boolean {
  return entityId === 'STATUS' || entityId === 'QUOTE_STATUS' || entityId.startsWith('DEAL_STAGE');
}

function semanticsOf(row: { SEMANTICS: unknown }): 'P' | 'S' | 'F' {
  return row.SEMANTICS === 'S' ? 'S' : row.SEMANTICS === 'F' ? 'F' : 'P';
}

function sortOf(row: { SORT: unknown }): number {
  return Number(row.SORT);
}

/**
 * Zone rules for stage directories: in-progress < success < failure by SORT. The add docs state the
 * order ("Restrictions for SORT") and document "Cannot create an intermediate stage after success";
 * the other messages are ours. Bitrix24's own editors enforce the same order (stages cannot be
 * dragged across zones), so we refuse violating writes instead of storing a broken funnel.
 */
function zoneViolation(
  rows: StatusRow[],
  candidate: { ID?: string; SEMANTICS: unknown; SORT: number },
): RestError | null {
  const others = rows.filter((r) => r.ID !== candidate.ID);
  const success = others.find((r) => semanticsOf(r) === 'S');
  const kind = semanticsOf(candidate);
  const sort = candidate.SORT;
  if (kind === 'P' && success && sort >= sortOf(success)) return Errors.intermediateAfterSuccess();
  if (kind === 'F' && success && sort <= sortOf(success)) {
    return new RestError(
      400,
      '',
      'Cannot place a failure stage before the success stage: its SORT must be greater than the success stage SORT.',
    );
  }
  if (kind === 'S') {
    if (success && candidate.ID === undefined) {
      return new RestError(400, '', 'A directory can have only one success stage.');
    }
    const process = others.filter((r) => semanticsOf(r) === 'P').map(sortOf);
    const failures = others.filter((r) => semanticsOf(r) === 'F').map(sortOf);
    if (process.some((s) => s >= sort)) {
      return new RestError(
        400,
        '',
        'The success stage must come after every intermediate stage: its SORT must be greater.',
      );
    }
    if (failures.some((s) => s <= sort)) {
      return new RestError(
        400,
        '',
        'The success stage must come before every failure stage: its SORT must be smaller.',
      );
    }
  }
  return null;
}

function parseSort(value: Json | undefined, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const text = asString(value).trim();
  if (!/^-?\d+$/.test(text)) throw Errors.invalidParameters();
  return Number(text);
}

function checkName(name: string): void {
  if (name.trim() === '') throw Errors.nameRequired();
  if (name.length > NAME_MAX_LENGTH) {
    throw new RestError(
      400,
      '',
      `The field NAME is too long: at most ${NAME_MAX_LENGTH} characters are allowed.`,
    );
  }
}

function findRow(portal: Portal, id: Json | undefined): StatusRow {
  const numeric = asId(id);
  if (numeric === null) throw Errors.invalidIdentifier();
  const row = portal.statuses.find((r) => String(r.ID) === String(numeric));
  if (!row) throw Errors.statusNotFound();
  return row;
}

function resolveStatusField(field: string): string | null {
  return STATUS_FIELDS.includes(field.toUpperCase()) ? field.toUpperCase() : null;
}

function list(portal: Portal, params: JsonObject) {
  const filtered = applyFilter(
    portal.statuses as unknown as Record<string, unknown>[],
    asObject(params['filter']),
    {
      resolve: resolveStatusField,
    },
  );
  const order = asObject(params['order']);
  const sorted = applyOrder(
    filtered,
    Object.keys(order).length ? order : { SORT: 'ASC' },
    ['SORT', 'ID'],
    resolveStatusField,
  );
  return page(sorted as unknown as StatusRow[], params['start']);
}

export const statusMethods: Record<string, MethodDef> = {
  'crm.status.fields': { handler: () => ({ result: FIELDS }) },

  'crm.status.entity.types': { handler: (_p, { portal }) => ({ result: portal.entityTypes }) },

  'crm.status.list': {
    handler: (params, { portal }) => {
      const { rows, meta } = list(portal, params);
      return { result: rows as unknown as Json, ...meta };
    },
  },

  'crm.status.entity.items': {
    handler: (params, { portal }) => {
      const entityId = asString(params['entityId']);
      if (!entityId || !portal.entityType(entityId)) throw Errors.entityIdInvalid();
      const rows = applyOrder(
        portal.statuses.filter((r) => r.ENTITY_ID === entityId) as unknown as Record<
          string,
          unknown
        >[],
        { SORT: 'ASC' },
        ['ID'],
      ) as unknown as StatusRow[];
      return {
        result: rows.map((r) => ({ NAME: r.NAME, SORT: Number(r.SORT), STATUS_ID: r.STATUS_ID })),
      };
    },
  },

  'crm.status.get': {
    handler: (params, { portal }) => {
      const id = asId(params['id']);
      const row =
        id === null ? undefined : portal.statuses.find((r) => String(r.ID) === String(id));
      if (!row) throw Errors.statusNotFound();
      return { result: row as unknown as Json };
    },
  },

  'crm.status.add': {
    write: true,
    handler: (params, { portal }) => {
      const fields = asObject(params['fields']);
      const entityId = asString(fields['ENTITY_ID']).trim();
      if (!entityId) throw Errors.required('ENTITY_ID');
      let statusId = asString(fields['STATUS_ID']).trim();
      if (!statusId) throw Errors.required('STATUS_ID');
      const name = asString(fields['NAME']);
      checkName(name);
      const type = portal.entityType(entityId);
      if (!type) throw Errors.entityTypeNotSupported();

      // Pipelines: `FOO` in DEAL_STAGE_1 is stored as `C1:FOO` (docs, "Field Features").
      const prefix = typeof type['PREFIX'] === 'string' ? type['PREFIX'] : '';
      if (prefix && !statusId.startsWith(`${prefix}:`)) statusId = `${prefix}:${statusId}`;
      const code = prefix ? statusId.slice(prefix.length + 1) : statusId;
      const limit = statusIdLimit(entityId);
      if (statusId.length > limit.max || (limit.strict && !STRICT_CHARS.test(code))) {
        throw new RestError(
          400,
          '',
          limit.strict
            ? `The field STATUS_ID may contain only Latin letters, digits, hyphens and underscores, at most ${limit.max} characters including the pipeline prefix.`
            : `The field STATUS_ID is too long: at most ${limit.max} characters.`,
        );
      }
      const siblings = portal.statuses.filter((r) => r.ENTITY_ID === entityId);
      if (siblings.some((r) => String(r.STATUS_ID) === statusId)) throw Errors.duplicateStatusId();

      const stage = isStageDirectory(type);
      const rawSemantics = asString(fields['SEMANTICS']).toUpperCase();
      const kind = rawSemantics === 'S' ? 'S' : rawSemantics === 'F' ? 'F' : 'P';
      const sort = parseSort(fields['SORT'], 10); // "Default is 10" (docs)
      if (stage) {
        const violation = zoneViolation(siblings, { SEMANTICS: kind, SORT: sort });
        if (violation) throw violation;
      }
      // Colour defaults are those of Bitrix24's kanban (bitrix24-ui-facts.md).
      const color =
        asString(fields['COLOR']) ||
        (!stage ? '' : kind === 'S' ? SUCCESS_COLOUR : kind === 'F' ? FAILURE_COLOUR : '#ACE9FB');
      // CATEGORY_ID is stored as given; a pipeline stage added without it gets 0 (known field
      // report in bitrix24-ui-facts.md), the main deal pipeline keeps null like its seed rows.
      const rawCategory = fields['CATEGORY_ID'];
      const categoryId =
        rawCategory !== undefined && rawCategory !== null && rawCategory !== ''
          ? asString(rawCategory)
          : prefix
            ? '0'
            : null;
      const row: StatusRow = {
        ID: portal.allocateStatusId(),
        ENTITY_ID: entityId,
        STATUS_ID: statusId,
        NAME: name,
        NAME_INIT: '',
        SORT: String(sort),
        SYSTEM: 'N',
        CATEGORY_ID: categoryId,
        COLOR: color,
        SEMANTICS: stage && kind !== 'P' ? kind : null,
      };
      if (hasExtra(entityId)) {
        const failureExists = siblings.some((r) => semanticsOf(r) === 'F');
        row.EXTRA = {
          SEMANTICS:
            kind === 'S'
              ? 'success'
              : kind === 'F'
                ? failureExists
                  ? 'apology'
                  : 'failure'
                : 'process',
          COLOR: color,
        };
      }
      portal.statuses.push(row);
      portal.onChange();
      return { result: Number(row.ID) };
    },
  },

  'crm.status.update': {
    write: true,
    handler: (params, { portal }) => {
      const row = findRow(portal, params['id']);
      const fields = asObject(params['fields']);
      // Only NAME, SORT and COLOR are updatable (docs); everything else is silently ignored.
      const next = { ...row };
      if (fields['NAME'] !== undefined) {
        next.NAME = asString(fields['NAME']);
        checkName(next.NAME);
      }
      if (fields['SORT'] !== undefined) {
        next.SORT = String(parseSort(fields['SORT'], sortOf(row)));
        const type = portal.entityType(row.ENTITY_ID);
        if (type && isStageDirectory(type)) {
          const siblings = portal.statuses.filter((r) => r.ENTITY_ID === row.ENTITY_ID);
          const violation = zoneViolation(siblings, {
            ID: row.ID,
            SEMANTICS: row.SEMANTICS,
            SORT: Number(next.SORT),
          });
          if (violation) throw violation;
        }
      }
      if (fields['COLOR'] !== undefined) {
        next.COLOR = asString(fields['COLOR']);
        if (next.EXTRA) next.EXTRA = { ...next.EXTRA, COLOR: next.COLOR };
      }
      Object.assign(row, next);
      portal.onChange();
      return { result: true };
    },
  },

  'crm.status.delete': {
    write: true,
    handler: (params, { portal }) => {
      const row = findRow(portal, params['id']);
      const flags = asObject(params['params']);
      // The docs allow deleting ANY system stage with FORCED=Y (start, success and first failure
      // included); only Bitrix24's UI refuses those three. We follow the REST docs.
      if (row.SYSTEM === 'Y' && asString(flags['FORCED']).toUpperCase() !== 'Y') {
        throw Errors.forcedRequired();
      }
      const type = portal.entityType(row.ENTITY_ID);
      const entityTypeId = type?.['ENTITY_TYPE_ID'];
      if (
        typeof entityTypeId === 'number' &&
        portal.items.some((i) => i.entityTypeId === entityTypeId && i.stageId === row.STATUS_ID)
      ) {
        throw Errors.activeItems();
      }
      portal.statuses = portal.statuses.filter((r) => r !== row);
      portal.onChange();
      return { result: true };
    },
  },

  // 1 = classic (with leads), 2 = simple (crm.enum.settings.mode).
  'crm.settings.mode.get': {
    handler: (_p, { portal }) => ({ result: portal.settings.crmMode === 'classic' ? 1 : 2 }),
  },
};
