import { describe, expect, it } from 'vitest';
import type { DirectorySection } from './directories';
import {
  crmModeOf,
  defaultDirectoryId,
  itemTypeOf,
  groupDirectories,
  hideLeadsInSimpleMode,
  mayDisappear,
  objectOf,
  pipelineEntityId,
  smartProcessTitle,
} from './directories';
import type { Directory } from './stage';

/** The response example of crm.status.entity.types (docs/rest-api.md §4), in the portal's order. */
const ENTITY_TYPES_EXAMPLE: Directory[] = [
  dir('STATUS', 'Lead Stages', true, 'lead', 1),
  dir('SOURCE', 'Sources'),
  dir('CONTACT_TYPE', 'Contact Type'),
  dir('COMPANY_TYPE', 'Company Type'),
  dir('EMPLOYEES', 'Number of Employees'),
  dir('INDUSTRY', 'Industry'),
  dir('DEAL_TYPE', 'Deal Type'),
  dir('SMART_INVOICE_STAGE_5', 'Invoice Stages', true, 'invoice', 31, {
    categoryId: 5,
    prefix: 'DT31_5',
  }),
  dir('DEAL_STAGE_1', 'Newest Deal Stages', true, 'deal', 2, { categoryId: 1, prefix: 'C1' }),
  dir('DEAL_STAGE', 'General Deal Stages', true, 'deal', 2, { categoryId: 0 }),
  dir('QUOTE_STATUS', 'Estimate Stages', true, 'quote', 7),
  dir('HONORIFIC', 'Honorifics'),
  dir('CALL_LIST', 'Call Statuses'),
  dir('SMART_DOCUMENT_STAGE_13', 'Document Stages', true, 'document', 36, {
    categoryId: 13,
    prefix: 'DT36_13',
  }),
  dir('DYNAMIC_177_STAGE_7', 'Equipment Purchase (General)', true, 'dynamic', 177, {
    categoryId: 7,
    prefix: 'DT177_7',
    categoryName: 'General',
    categorySort: 500,
    isDefaultCategory: true,
  }),
  dir('DYNAMIC_177_STAGE_9', 'Equipment Purchase (Second Funnel)', true, 'dynamic', 177, {
    categoryId: 9,
    prefix: 'DT177_9',
    categoryName: 'Second Funnel',
    categorySort: 500,
  }),
];

function dir(
  entityId: string,
  name: string,
  hasSemantics = false,
  object: Directory['object'] = 'other',
  entityTypeId: number | null = null,
  extra: Partial<Directory> = {},
): Directory {
  return {
    entityId,
    name,
    hasSemantics,
    object,
    entityTypeId,
    categoryId: null,
    prefix: null,
    categoryName: null,
    categorySort: null,
    isDefaultCategory: false,
    enabled: true,
    ...extra,
  };
}

const summary = (sections: readonly DirectorySection[]) =>
  sections.map((s) => [
    s.key,
    s.object,
    s.title,
    s.entityTypeId,
    s.directories.map((d) => d.entityId),
  ]);

describe('objectOf', () => {
  it.each([
    ['STATUS', 'lead'],
    ['DEAL_STAGE', 'deal'],
    ['DEAL_STAGE_1', 'deal'],
    ['DEAL_STAGE_42', 'deal'],
    ['QUOTE_STATUS', 'quote'],
    ['SMART_INVOICE_STAGE_5', 'invoice'],
    ['SMART_DOCUMENT_STAGE_13', 'document'],
    ['DYNAMIC_177_STAGE_7', 'dynamic'],
    ['DYNAMIC_1032_STAGE_21', 'dynamic'],
    ['SOURCE', 'other'],
    ['DEAL_TYPE', 'other'],
    ['DEAL_STAGE_', 'other'],
    ['DEAL_STAGE_X', 'other'],
    ['STATUS_1', 'other'],
    ['INVOICE_STATUS', 'other'],
    ['', 'other'],
  ])('%j belongs to %s', (entityId, object) => {
    expect(objectOf(entityId)).toBe(object);
  });

  it('agrees with the object of every directory in the documented example', () => {
    for (const d of ENTITY_TYPES_EXAMPLE) expect(objectOf(d.entityId)).toBe(d.object);
  });
});

describe('mayDisappear', () => {
  it.each([
    ['DEAL_STAGE_1', true],
    ['SMART_INVOICE_STAGE_5', true],
    ['SMART_DOCUMENT_STAGE_13', true],
    ['DYNAMIC_177_STAGE_7', true],
    ['DEAL_STAGE', false],
    ['STATUS', false],
    ['QUOTE_STATUS', false],
    ['SOURCE', false],
    ['DEAL_STAGE_X', false],
  ])('%j: %s', (entityId, gone) => {
    expect(mayDisappear(entityId)).toBe(gone);
  });
});

describe('groupDirectories', () => {
  it('lays out the documented crm.status.entity.types example', () => {
    expect(summary(groupDirectories(ENTITY_TYPES_EXAMPLE))).toEqual([
      ['lead', 'lead', null, 1, ['STATUS']],
      ['deal', 'deal', null, 2, ['DEAL_STAGE', 'DEAL_STAGE_1']],
      ['quote', 'quote', null, 7, ['QUOTE_STATUS']],
      ['invoice', 'invoice', null, 31, ['SMART_INVOICE_STAGE_5']],
      ['document', 'document', null, 36, ['SMART_DOCUMENT_STAGE_13']],
      [
        'dynamic-177',
        'dynamic',
        'Equipment Purchase',
        177,
        ['DYNAMIC_177_STAGE_7', 'DYNAMIC_177_STAGE_9'],
      ],
      [
        'reference',
        'reference',
        null,
        null,
        [
          'SOURCE',
          'CONTACT_TYPE',
          'COMPANY_TYPE',
          'EMPLOYEES',
          'INDUSTRY',
          'DEAL_TYPE',
          'HONORIFIC',
          'CALL_LIST',
        ],
      ],
    ]);
  });

  it('keeps extra deal pipelines in the portal’s order after the default one', () => {
    const dirs = [
      dir('DEAL_STAGE_7', 'B', true, 'deal', 2, { categoryId: 7 }),
      dir('DEAL_STAGE_3', 'A', true, 'deal', 2, { categoryId: 3 }),
      dir('DEAL_STAGE', 'General', true, 'deal', 2, { categoryId: 0 }),
    ];
    expect(groupDirectories(dirs)[0]?.directories.map((d) => d.entityId)).toEqual([
      'DEAL_STAGE',
      'DEAL_STAGE_7',
      'DEAL_STAGE_3',
    ]);
  });

  it('gives each smart process its own section, by entityTypeId, pipelines by sort then id', () => {
    const sp = (t: number, c: number, name: string, sort: number | null, def = false) =>
      dir(`DYNAMIC_${t}_STAGE_${c}`, name, true, 'dynamic', t, {
        categoryId: c,
        categorySort: sort,
        isDefaultCategory: def,
        categoryName: /\(([^()]*)\)$/.exec(name)?.[1] ?? null,
      });
    const sections = groupDirectories([
      sp(190, 12, 'Repairs (EU) (Night)', 100),
      sp(177, 9, 'Equipment Purchase (Second Funnel)', 500),
      sp(190, 11, 'Repairs (EU) (General)', 500, true),
      sp(177, 7, 'Equipment Purchase (General)', 500, true),
      sp(190, 10, 'Repairs (EU) (Day)', 100),
    ]);
    expect(summary(sections)).toEqual([
      [
        'dynamic-177',
        'dynamic',
        'Equipment Purchase',
        177,
        ['DYNAMIC_177_STAGE_7', 'DYNAMIC_177_STAGE_9'],
      ],
      [
        'dynamic-190',
        'dynamic',
        'Repairs (EU)',
        190,
        ['DYNAMIC_190_STAGE_10', 'DYNAMIC_190_STAGE_12', 'DYNAMIC_190_STAGE_11'],
      ],
    ]);
  });

  it('puts a stage directory of an unknown object before the reference books', () => {
    const sections = groupDirectories([
      dir('SOURCE', 'Sources'),
      dir('INVOICE_STATUS', 'Old invoices', true),
    ]);
    expect(sections.map((s) => s.key)).toEqual(['other', 'reference']);
  });

  it('returns no sections for no directories', () => {
    expect(groupDirectories([])).toEqual([]);
  });
});

describe('smartProcessTitle', () => {
  it.each<[string, string | null, string]>([
    ['Equipment Purchase (General)', 'General', 'Equipment Purchase'],
    ['Equipment Purchase (Second Funnel)', null, 'Equipment Purchase'],
    ['Repairs (EU) (General)', 'General', 'Repairs (EU)'],
    ['Plain name', null, 'Plain name'],
    ['(General)', 'General', '(General)'],
  ])('%j → %j', (name, categoryName, title) => {
    expect(smartProcessTitle({ name, categoryName })).toBe(title);
  });
});

describe('defaultDirectoryId', () => {
  it.each<[string, Directory[], string | null]>([
    ['the default deal pipeline when present', ENTITY_TYPES_EXAMPLE, 'DEAL_STAGE'],
    [
      'else the first stage directory in navigation order',
      ENTITY_TYPES_EXAMPLE.filter((d) => d.object !== 'deal'),
      'STATUS',
    ],
    [
      'skipping reference books',
      ENTITY_TYPES_EXAMPLE.filter((d) => d.object === 'other' || d.object === 'dynamic'),
      'DYNAMIC_177_STAGE_7',
    ],
    [
      'skipping a smart-process pipeline whose stages are switched off',
      ENTITY_TYPES_EXAMPLE.filter((d) => d.object === 'other' || d.object === 'dynamic').map((d) =>
        d.entityId === 'DYNAMIC_177_STAGE_7' ? { ...d, enabled: false } : d,
      ),
      'DYNAMIC_177_STAGE_9',
    ],
    ['null when there are only reference books', [dir('SOURCE', 'Sources')], null],
    ['null when there is nothing', [], null],
  ])('%s', (_name, dirs, expected) => {
    expect(defaultDirectoryId(dirs)).toBe(expected);
  });
});

describe('hideLeadsInSimpleMode', () => {
  const sections = groupDirectories(ENTITY_TYPES_EXAMPLE);

  it('drops the Leads section in simple CRM mode', () => {
    expect(hideLeadsInSimpleMode(sections, 'simple').map((s) => s.key)).toEqual(
      sections.map((s) => s.key).filter((k) => k !== 'lead'),
    );
  });

  it('keeps every section in classic mode', () => {
    expect(hideLeadsInSimpleMode(sections, 'classic')).toEqual(sections);
  });
});

describe('crmModeOf', () => {
  it.each<[unknown, 'classic' | 'simple']>([
    [1, 'classic'],
    [2, 'simple'],
    ['2', 'simple'],
    [null, 'classic'],
    [undefined, 'classic'],
  ])('crm.settings.mode.get result %j means %s CRM', (setting, mode) => {
    expect(crmModeOf(setting)).toBe(mode);
  });
});

describe('itemTypeOf', () => {
  it.each<[string, number | null]>([
    ['STATUS', 1],
    ['DEAL_STAGE', 2],
    ['DEAL_STAGE_12', 2],
    ['QUOTE_STATUS', 7],
    ['SMART_INVOICE_STAGE_5', 31],
    ['SMART_DOCUMENT_STAGE_13', 36],
    ['DYNAMIC_177_STAGE_9', 177],
    ['DYNAMIC_1032_STAGE_1', 1032],
    ['SOURCE', null],
    ['DEAL_STAGE_X', null],
  ])('the items of %s are of type %s', (entityId, type) => {
    expect(itemTypeOf(entityId)).toBe(type);
  });

  it('agrees with every ENTITY_TYPE_ID the portal states for a stage directory', () => {
    for (const d of ENTITY_TYPES_EXAMPLE.filter((d) => d.hasSemantics)) {
      expect(itemTypeOf(d.entityId), d.entityId).toBe(d.entityTypeId);
    }
  });
});

describe('pipelineEntityId', () => {
  it.each([
    [2, 0, 'DEAL_STAGE'],
    [2, 4, 'DEAL_STAGE_4'],
    [31, 3, 'SMART_INVOICE_STAGE_3'],
    [36, 5, 'SMART_DOCUMENT_STAGE_5'],
    [177, 12, 'DYNAMIC_177_STAGE_12'],
  ])('type %i, category %i: %s, whose items itemTypeOf names again', (type, category, entityId) => {
    expect(pipelineEntityId(type, category)).toBe(entityId);
    expect(itemTypeOf(entityId)).toBe(type);
  });
});
