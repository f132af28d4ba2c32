import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directoryForPlacement, placementCodes, placementUri, planPlacements } from './placement';
import type { Directory } from './stage';

function dir(entityId: string, extra: Partial<Directory> = {}): Directory {
  return {
    entityId,
    name: entityId,
    hasSemantics: true,
    object: 'other',
    entityTypeId: null,
    categoryId: null,
    prefix: null,
    categoryName: null,
    categorySort: null,
    isDefaultCategory: false,
    enabled: true,
    ...extra,
  };
}

const deal = (id: string, categoryId: number) =>
  dir(id, { object: 'deal', entityTypeId: 2, categoryId });
const dynamic = (entityTypeId: number, categoryId: number, extra: Partial<Directory> = {}) =>
  dir(`DYNAMIC_${entityTypeId}_STAGE_${categoryId}`, {
    object: 'dynamic',
    entityTypeId,
    categoryId,
    ...extra,
  });

const PORTAL: Directory[] = [
  dir('STATUS', { object: 'lead', entityTypeId: 1 }),
  dir('SOURCE', { hasSemantics: false }),
  dir('SMART_INVOICE_STAGE_5', { object: 'invoice', entityTypeId: 31, categoryId: 5 }),
  deal('DEAL_STAGE_1', 1),
  deal('DEAL_STAGE_3', 3),
  deal('DEAL_STAGE', 0),
  dynamic(177, 9, { categorySort: 100 }),
  dynamic(177, 7, { categorySort: 500, isDefaultCategory: true }),
  dynamic(140, 2),
];

describe('placementCodes', () => {
  it('binds deals, smart invoices and each smart process once, in a stable order', () => {
    expect(placementCodes(PORTAL)).toEqual([
      'CRM_FUNNELS_TOOLBAR',
      'CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
      'CRM_DYNAMIC_140_FUNNELS_TOOLBAR',
      'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
    ]);
  });
  it('still binds the deal and invoice toolbars on a portal without smart processes', () => {
    expect(placementCodes([])).toEqual([
      'CRM_FUNNELS_TOOLBAR',
      'CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
    ]);
  });
});

describe('planPlacements', () => {
  const OFFERED = new Set([
    'CRM_FUNNELS_TOOLBAR',
    'CRM_DYNAMIC_140_FUNNELS_TOOLBAR',
    'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
    'CRM_LEAD_LIST_TOOLBAR',
  ]);
  const off = (d: Directory) => (d.entityTypeId === 140 ? { ...d, enabled: false } : d);

  it('binds what the portal offers and says why it leaves the rest out', () => {
    expect(planPlacements(PORTAL.map(off), OFFERED)).toEqual({
      targets: ['CRM_FUNNELS_TOOLBAR', 'CRM_DYNAMIC_177_FUNNELS_TOOLBAR'],
      skipped: [
        { placement: 'CRM_SMART_INVOICE_FUNNELS_TOOLBAR', reason: 'not-offered' },
        { placement: 'CRM_DYNAMIC_140_FUNNELS_TOOLBAR', reason: 'stages-disabled' },
      ],
    });
  });

  it('binds everything when the portal did not say what it offers, except disabled stages', () => {
    const plan = planPlacements(PORTAL.map(off), null);
    expect(plan.targets).toEqual([
      'CRM_FUNNELS_TOOLBAR',
      'CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
      'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['stages-disabled']);
  });

  it('every code the app could bind is either bound or skipped, never both', () => {
    fc.assert(
      fc.property(
        fc.subarray(placementCodes(PORTAL)),
        fc.subarray([140, 177]),
        (offered, disabled) => {
          const dirs = PORTAL.map((d) =>
            disabled.includes(d.entityTypeId ?? -1) ? { ...d, enabled: false } : d,
          );
          const { targets, skipped } = planPlacements(dirs, new Set(offered));
          const all = [...targets, ...skipped.map((s) => s.placement)].sort();
          expect(all).toEqual([...placementCodes(PORTAL)].sort());
          for (const t of targets) expect(offered).toContain(t);
        },
      ),
    );
  });
});

describe('placementUri', () => {
  it.each([
    [{ URI: '/crm/deal/kanban/category/1/' }, '/crm/deal/kanban/category/1/'],
    ['{"URI":"/crm/deal/kanban/category/3/"}', '/crm/deal/kanban/category/3/'],
    ['', null],
    ['not json', null],
    [{}, null],
    [null, null],
    [[], null],
    [{ URI: 42 }, null],
  ])('reads %j as %j', (options, uri) => {
    expect(placementUri(options)).toBe(uri);
  });
});

describe('directoryForPlacement', () => {
  it.each([
    ['CRM_FUNNELS_TOOLBAR', {}, 'DEAL_STAGE'],
    ['CRM_FUNNELS_TOOLBAR', '', 'DEAL_STAGE'],
    ['CRM_FUNNELS_TOOLBAR', { URI: '/crm/deal/kanban/category/1/' }, 'DEAL_STAGE_1'],
    ['CRM_FUNNELS_TOOLBAR', { URI: '/crm/deal/list/category/3/?x=1' }, 'DEAL_STAGE_3'],
    ['CRM_FUNNELS_TOOLBAR', { URI: '/crm/deal/kanban/category/0/' }, 'DEAL_STAGE'],
    ['CRM_FUNNELS_TOOLBAR', { URI: '/crm/deal/kanban/category/99/' }, 'DEAL_STAGE'],
    ['crm_funnels_toolbar', {}, 'DEAL_STAGE'],
    ['CRM_SMART_INVOICE_FUNNELS_TOOLBAR', '', 'SMART_INVOICE_STAGE_5'],
    ['CRM_DYNAMIC_177_FUNNELS_TOOLBAR', '', 'DYNAMIC_177_STAGE_7'],
    [
      'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
      { URI: '/crm/type/177/kanban/category/9/' },
      'DYNAMIC_177_STAGE_9',
    ],
    ['CRM_DYNAMIC_140_FUNNELS_TOOLBAR', {}, 'DYNAMIC_140_STAGE_2'],
    ['CRM_DYNAMIC_999_FUNNELS_TOOLBAR', {}, null],
    ['DEFAULT', { URI: '/crm/deal/kanban/category/1/' }, null],
    ['LEFT_MENU', '', null],
  ])('%s with %j opens %s', (placement, options, entityId) => {
    expect(directoryForPlacement(placement, options, PORTAL)).toBe(entityId);
  });

  it('never opens a pipeline whose stages are switched off', () => {
    const off = PORTAL.map((d) =>
      d.entityId === 'DYNAMIC_177_STAGE_7' ? { ...d, enabled: false } : d,
    );
    expect(directoryForPlacement('CRM_DYNAMIC_177_FUNNELS_TOOLBAR', '', off)).toBe(
      'DYNAMIC_177_STAGE_9',
    );
    const none = PORTAL.map((d) => (d.entityTypeId === 140 ? { ...d, enabled: false } : d));
    expect(directoryForPlacement('CRM_DYNAMIC_140_FUNNELS_TOOLBAR', '', none)).toBeNull();
  });

  it('answers only with a directory the portal has, whatever the page says', () => {
    const ids = new Set(PORTAL.map((d) => d.entityId));
    fc.assert(
      fc.property(
        fc.constantFrom(
          'CRM_FUNNELS_TOOLBAR',
          'CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
          'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
          'DEFAULT',
        ),
        fc.oneof(fc.string(), fc.record({ URI: fc.string() }), fc.anything()),
        (placement, options) => {
          const found = directoryForPlacement(placement, options, PORTAL);
          expect(found === null || ids.has(found)).toBe(true);
        },
      ),
    );
  });
});
