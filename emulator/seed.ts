// Seed data for every fresh portal. DEAL_STAGE is copied verbatim from the crm.status.list example
// in docs/rest-api.md §6 (IDs, names, colours, SORT, SYSTEM, SEMANTICS, EXTRA, NAME_INIT), so the
// contract tests can compare it value for value. Every other directory uses Bitrix24's default
// stage codes with SORT gaps of 10, like a freshly created portal. No real people's names.
import type { CrmItem, EntityType, StageHistoryRow, StatusRow } from './types';

/** The crm.status.entity.types example, same order and fields, plus DEAL_STAGE_3 (scale test). */
export function seedEntityTypes(): EntityType[] {
  const pipelineInfo = (prefix: string) => ({
    START_FIELD: `${prefix}:NEW`,
    FINAL_SUCCESS_FIELD: `${prefix}:WON`,
    FINAL_UNSUCCESS_FIELD: `${prefix}:LOSE`,
    FINAL_SORT: 0,
  });
  return [
    {
      ID: 'STATUS',
      NAME: 'Lead Stages',
      SEMANTIC_INFO: {
        START_FIELD: 'NEW',
        FINAL_SUCCESS_FIELD: 'CONVERTED',
        FINAL_UNSUCCESS_FIELD: 'JUNK',
        FINAL_SORT: 0,
      },
      ENTITY_TYPE_ID: 1,
    },
    { ID: 'SOURCE', NAME: 'Sources' },
    { ID: 'CONTACT_TYPE', NAME: 'Contact Type' },
    { ID: 'COMPANY_TYPE', NAME: 'Company Type' },
    { ID: 'EMPLOYEES', NAME: 'Number of Employees' },
    { ID: 'INDUSTRY', NAME: 'Industry' },
    { ID: 'DEAL_TYPE', NAME: 'Deal Type' },
    {
      ID: 'SMART_INVOICE_STAGE_5',
      NAME: 'Invoice Stages',
      SEMANTIC_INFO: [],
      PREFIX: 'DT31_5',
      FIELD_ATTRIBUTE_SCOPE: 'category_5',
      ENTITY_TYPE_ID: 31,
      IS_ENABLED: true,
      CATEGORY_ID: 5,
    },
    {
      ID: 'DEAL_STAGE_1',
      NAME: 'Newest Deal Stages',
      PARENT_ID: 'DEAL_STAGE',
      SEMANTIC_INFO: pipelineInfo('C1'),
      PREFIX: 'C1',
      FIELD_ATTRIBUTE_SCOPE: 'category_1',
      ENTITY_TYPE_ID: 2,
      CATEGORY_ID: '1',
    },
    {
      ID: 'DEAL_STAGE_3',
      NAME: 'Enterprise onboarding (120 stages)',
      PARENT_ID: 'DEAL_STAGE',
      SEMANTIC_INFO: pipelineInfo('C3'),
      PREFIX: 'C3',
      FIELD_ATTRIBUTE_SCOPE: 'category_3',
      ENTITY_TYPE_ID: 2,
      CATEGORY_ID: '3',
    },
    {
      ID: 'DEAL_STAGE',
      NAME: 'General Deal Stages',
      SEMANTIC_INFO: {
        START_FIELD: 'NEW',
        FINAL_SUCCESS_FIELD: 'WON',
        FINAL_UNSUCCESS_FIELD: 'LOSE',
        FINAL_SORT: 0,
      },
      FIELD_ATTRIBUTE_SCOPE: '',
      ENTITY_TYPE_ID: 2,
      CATEGORY_ID: 0,
    },
    {
      ID: 'QUOTE_STATUS',
      NAME: 'Estimate Stages',
      SEMANTIC_INFO: {
        START_FIELD: 'DRAFT',
        FINAL_SUCCESS_FIELD: 'APPROVED',
        FINAL_UNSUCCESS_FIELD: 'DECLINED',
        FINAL_SORT: 0,
      },
      ENTITY_TYPE_ID: 7,
    },
    { ID: 'HONORIFIC', NAME: 'Honorifics' },
    { ID: 'CALL_LIST', NAME: 'Call Statuses' },
    {
      ID: 'SMART_DOCUMENT_STAGE_13',
      NAME: 'Document Stages',
      SEMANTIC_INFO: [],
      PREFIX: 'DT36_13',
      FIELD_ATTRIBUTE_SCOPE: 'category_13',
      ENTITY_TYPE_ID: 36,
      IS_ENABLED: true,
      CATEGORY_ID: 13,
    },
    {
      ID: 'DYNAMIC_177_STAGE_7',
      NAME: 'Equipment Purchase (General)',
      SEMANTIC_INFO: [],
      PREFIX: 'DT177_7',
      FIELD_ATTRIBUTE_SCOPE: 'category_7',
      ENTITY_TYPE_ID: 177,
      IS_ENABLED: true,
      CATEGORY_ID: 7,
      CATEGORY_NAME: 'General',
      CATEGORY_SORT: 500,
      IS_DEFAULT_CATEGORY: true,
    },
    {
      ID: 'DYNAMIC_177_STAGE_9',
      NAME: 'Equipment Purchase (Second Funnel)',
      SEMANTIC_INFO: [],
      PREFIX: 'DT177_9',
      FIELD_ATTRIBUTE_SCOPE: 'category_9',
      ENTITY_TYPE_ID: 177,
      IS_ENABLED: true,
      CATEGORY_ID: 9,
      CATEGORY_NAME: 'Second Funnel',
      CATEGORY_SORT: 500,
      IS_DEFAULT_CATEGORY: false,
    },
  ];
}

/** The documented DEAL_STAGE rows of the crm.status.list example, verbatim. */
export const DOC_DEAL_STAGES: StatusRow[] = [
  ['101', 'NEW', 'New', 'New', '10', 'Y', '#39A8EF', null, 'process'],
  ['103', 'PREPARATION', 'Document Preparation', '', '20', 'N', '#2FC6F6', null, 'process'],
  ['105', 'PREPAYMENT_INVOICE', 'Prepayment Invoice', '', '30', 'N', '#55D0E0', null, 'process'],
  ['107', 'EXECUTING', 'In Progress', '', '40', 'N', '#47E4C2', null, 'process'],
  ['109', 'FINAL_INVOICE', 'Final Invoice', '', '50', 'N', '#FFA900', null, 'process'],
  ['111', 'WON', 'Deal Successful', 'Deal Successful', '60', 'Y', '#7BD500', 'S', 'success'],
  ['113', 'LOSE', 'Deal Failed', 'Deal Failed', '70', 'Y', '#FF5752', 'F', 'failure'],
  ['115', 'APOLOGY', 'Reason for Failure Analysis', '', '80', 'N', '#FF5752', 'F', 'apology'],
].map(([ID, STATUS_ID, NAME, NAME_INIT, SORT, SYSTEM, COLOR, SEMANTICS, extra]) => ({
  ID: ID as string,
  ENTITY_ID: 'DEAL_STAGE',
  STATUS_ID: STATUS_ID as string,
  NAME: NAME as string,
  NAME_INIT: NAME_INIT as string,
  SORT: SORT as string,
  SYSTEM: SYSTEM as 'Y' | 'N',
  CATEGORY_ID: null,
  COLOR: COLOR as string,
  SEMANTICS: SEMANTICS as 'S' | 'F' | null,
  EXTRA: { SEMANTICS: extra as string, COLOR: COLOR as string },
}));

const PROCESS_COLOURS = ['#39A8EF', '#2FC6F6', '#55D0E0', '#47E4C2', '#FFA900'];
export const SUCCESS_COLOUR = '#7BD500';
export const FAILURE_COLOUR = '#FF5752';

/** [code, name, kind] where kind is P (in progress), S (success), F (failure). */
type StageSpec = [code: string, name: string, kind: 'P' | 'S' | 'F'];

interface DirectorySpec {
  entityId: string;
  prefix?: string;
  categoryId: string | null;
  /** Real portals send EXTRA only for lead, deal and estimate stages, not smart-process ones. */
  extra: boolean;
  stages: StageSpec[];
  /** Stage codes marked SYSTEM Y (start, success, first failure), before the prefix is applied. */
  system: string[];
}

function onboardingStages(): StageSpec[] {
  const steps: StageSpec[] = [['NEW', 'Kick-off', 'P']];
  for (let i = 2; i <= 117; i += 1) {
    steps.push([`STEP_${String(i).padStart(3, '0')}`, `Onboarding step ${i}`, 'P']);
  }
  steps.push(['WON', 'Onboarded', 'S'], ['LOSE', 'Cancelled', 'F'], ['APOLOGY', 'Paused', 'F']);
  return steps;
}

const STAGE_DIRECTORIES: DirectorySpec[] = [
  {
    entityId: 'STATUS',
    categoryId: null,
    extra: true,
    system: ['NEW', 'CONVERTED', 'JUNK'],
    stages: [
      ['NEW', 'Unassigned', 'P'],
      ['IN_PROCESS', 'In progress', 'P'],
      ['PROCESSED', 'Processed', 'P'],
      ['CONVERTED', 'Good lead', 'S'],
      ['JUNK', 'Junk lead', 'F'],
    ],
  },
  {
    entityId: 'QUOTE_STATUS',
    categoryId: null,
    extra: true,
    system: ['DRAFT', 'APPROVED', 'DECLINED'],
    stages: [
      ['DRAFT', 'New', 'P'],
      ['SENT', 'Sent to client', 'P'],
      ['RECEIVED', 'Received by client', 'P'],
      ['APPROVED', 'Approved', 'S'],
      ['DECLINED', 'Declined', 'F'],
    ],
  },
  {
    entityId: 'SMART_INVOICE_STAGE_5',
    prefix: 'DT31_5',
    categoryId: '5',
    extra: false,
    system: ['N', 'P', 'D'],
    stages: [
      ['N', 'New', 'P'],
      ['S', 'Sent to client', 'P'],
      ['P', 'Paid', 'S'],
      ['D', 'Unpaid', 'F'],
    ],
  },
  {
    entityId: 'SMART_DOCUMENT_STAGE_13',
    prefix: 'DT36_13',
    categoryId: '13',
    extra: false,
    system: ['NEW', 'SUCCESS', 'FAIL'],
    stages: [
      ['NEW', 'Draft', 'P'],
      ['SENT', 'Sent for signing', 'P'],
      ['SUCCESS', 'Signed', 'S'],
      ['FAIL', 'Cancelled', 'F'],
    ],
  },
  {
    entityId: 'DEAL_STAGE_1',
    prefix: 'C1',
    categoryId: '1',
    extra: true,
    system: ['NEW', 'WON', 'LOSE'],
    stages: [
      ['NEW', 'New request', 'P'],
      ['PREPARATION', 'Needs assessment', 'P'],
      ['PREPAYMENT_INVOICE', 'Proposal sent', 'P'],
      ['EXECUTING', 'Negotiation', 'P'],
      ['FINAL_INVOICE', 'Final invoice', 'P'],
      ['CONTRACT', 'Contract signing', 'P'],
      ['DELIVERY', 'Delivery', 'P'],
      ['WON', 'Deal won', 'S'],
      ['LOSE', 'Deal lost', 'F'],
      ['APOLOGY', 'Analysing the loss', 'F'],
    ],
  },
  {
    entityId: 'DEAL_STAGE_3',
    prefix: 'C3',
    categoryId: '3',
    extra: true,
    system: ['NEW', 'WON', 'LOSE'],
    stages: onboardingStages(),
  },
  {
    entityId: 'DYNAMIC_177_STAGE_7',
    prefix: 'DT177_7',
    categoryId: '7',
    extra: false,
    system: ['NEW', 'SUCCESS', 'FAIL'],
    stages: [
      ['NEW', 'New', 'P'],
      ['PREPARATION', 'Preparation', 'P'],
      ['CLIENT', 'Supplier approval', 'P'],
      ['SUCCESS', 'Success', 'S'],
      ['FAIL', 'Fail', 'F'],
    ],
  },
  {
    entityId: 'DYNAMIC_177_STAGE_9',
    prefix: 'DT177_9',
    categoryId: '9',
    extra: false,
    system: ['NEW', 'SUCCESS', 'FAIL'],
    stages: [
      ['NEW', 'Request received', 'P'],
      ['QUOTES', 'Collecting quotes', 'P'],
      ['SUCCESS', 'Purchased', 'S'],
      ['FAIL', 'Rejected', 'F'],
    ],
  },
];

/** Reference books (no semantics, no colours): Bitrix24's default values. */
const REFERENCE_BOOKS: Record<string, [string, string][]> = {
  SOURCE: [
    ['CALL', 'Call'],
    ['EMAIL', 'E-Mail'],
    ['WEB', 'Website'],
    ['ADVERTISING', 'Advertising'],
    ['PARTNER', 'Existing client'],
    ['RECOMMENDATION', 'By recommendation'],
    ['TRADE_SHOW', 'Show/Exhibition'],
    ['WEBFORM', 'CRM form'],
    ['CALLBACK', 'Callback'],
    ['OTHER', 'Other'],
  ],
  CONTACT_TYPE: [
    ['CLIENT', 'Clients'],
    ['SUPPLIER', 'Suppliers'],
    ['PARTNER', 'Partners'],
    ['OTHER', 'Other'],
  ],
  COMPANY_TYPE: [
    ['CUSTOMER', 'Client'],
    ['SUPPLIER', 'Supplier'],
    ['COMPETITOR', 'Competitor'],
    ['PARTNER', 'Partner'],
    ['OTHER', 'Other'],
  ],
  EMPLOYEES: [
    ['EMPLOYEES_1', 'fewer than 50'],
    ['EMPLOYEES_2', '50-250'],
    ['EMPLOYEES_3', '250-500'],
    ['EMPLOYEES_4', 'over 500'],
  ],
  INDUSTRY: [
    ['IT', 'Information Technology'],
    ['TELECOM', 'Telecommunication'],
    ['MANUFACTURING', 'Manufacturing'],
    ['BANKING', 'Banking Services'],
    ['CONSULTING', 'Consulting'],
    ['FINANCE', 'Finance'],
    ['GOVERNMENT', 'Government'],
    ['DELIVERY', 'Delivery'],
    ['ENTERTAINMENT', 'Entertainment'],
    ['NOTPROFIT', 'Not-for-profit'],
    ['OTHER', 'Other'],
  ],
  DEAL_TYPE: [
    ['SALE', 'Sales'],
    ['COMPLEX', 'Integrated sale'],
    ['GOODS', 'Merchandise sales'],
    ['SERVICES', 'Services sale'],
    ['SERVICE', 'After-sales service'],
  ],
  HONORIFIC: [
    ['HNR_EN_1', 'Mr.'],
    ['HNR_EN_2', 'Mrs.'],
    ['HNR_EN_3', 'Ms.'],
    ['HNR_EN_4', 'Dr.'],
  ],
  CALL_LIST: [
    ['IN_WORK', 'In progress'],
    ['SUCCESS', 'Success'],
    ['WRONG_NUMBER', 'Wrong number'],
    ['STOP_CALLING', 'Do not call'],
  ],
};

export function seedStatuses(): StatusRow[] {
  const rows: StatusRow[] = [];
  // The cloud database hands out odd IDs in steps of 2 (see 101, 103... in the docs example).
  // DEAL_STAGE keeps its documented 101-115; leads take 1-9; the C1 pipeline follows at 117, so
  // the docs' `{"id":123}` examples (get/update/delete) hit a real, item-free C1 stage
  // (C1:EXECUTING); everything else starts at 201.
  let nextId = 1;
  const add = (row: Omit<StatusRow, 'ID'>) => {
    rows.push({ ID: String(nextId), ...row });
    nextId += 2;
  };
  const directory = (spec: DirectorySpec) => {
    let processIndex = 0;
    let failures = 0;
    spec.stages.forEach(([code, name, kind], index) => {
      const statusId = spec.prefix ? `${spec.prefix}:${code}` : code;
      const system = spec.system.includes(code);
      let color: string;
      let extra: string;
      if (kind === 'S') {
        color = SUCCESS_COLOUR;
        extra = 'success';
      } else if (kind === 'F') {
        color = FAILURE_COLOUR;
        extra = failures === 0 ? 'failure' : 'apology';
        failures += 1;
      } else {
        color = PROCESS_COLOURS[processIndex % PROCESS_COLOURS.length] ?? '#39A8EF';
        processIndex += 1;
        extra = 'process';
      }
      add({
        ENTITY_ID: spec.entityId,
        STATUS_ID: statusId,
        NAME: name,
        NAME_INIT: system ? name : '',
        SORT: String((index + 1) * 10),
        SYSTEM: system ? 'Y' : 'N',
        CATEGORY_ID: spec.categoryId,
        COLOR: color,
        SEMANTICS: kind === 'P' ? null : kind,
        ...(spec.extra ? { EXTRA: { SEMANTICS: extra, COLOR: color } } : {}),
      });
    });
  };
  const byId = (id: string) => STAGE_DIRECTORIES.filter((d) => d.entityId === id);
  byId('STATUS').forEach(directory);
  rows.push(...DOC_DEAL_STAGES.map((row) => ({ ...row, EXTRA: row.EXTRA && { ...row.EXTRA } })));
  nextId = 117;
  byId('DEAL_STAGE_1').forEach(directory);
  nextId = 201;
  for (const [entityId, values] of Object.entries(REFERENCE_BOOKS)) {
    values.forEach(([code, name], index) =>
      add({
        ENTITY_ID: entityId,
        STATUS_ID: code,
        NAME: name,
        NAME_INIT: name,
        SORT: String((index + 1) * 10),
        SYSTEM: 'Y',
        CATEGORY_ID: null,
        COLOR: '',
        SEMANTICS: null,
      }),
    );
  }
  STAGE_DIRECTORIES.filter((d) => d.entityId !== 'STATUS' && d.entityId !== 'DEAL_STAGE_1').forEach(
    directory,
  );
  return rows;
}

export const CLIENT_TASKS = [
  'Website redesign',
  'Office chairs, 40 pcs',
  'Annual support contract',
  'Warehouse scanners',
  'Cloud migration',
  'Printer cartridges',
  'Conference booth',
  'Security audit',
  'Laptop fleet renewal',
  'Training workshop',
  'Coffee machine lease',
  'CRM integration',
];

/** [entityTypeId, categoryId, stageId] for each seeded item, with the stages it passed through. */
const ITEM_PLAN: [number, number, string[]][] = [
  [2, 0, ['NEW']],
  [2, 0, ['NEW']],
  [2, 0, ['NEW']],
  [2, 0, ['NEW', 'PREPARATION']],
  [2, 0, ['NEW', 'PREPARATION']],
  [2, 0, ['NEW', 'PREPARATION', 'EXECUTING']],
  [2, 0, ['NEW', 'EXECUTING', 'WON']],
  [2, 0, ['NEW', 'WON']],
  [2, 0, ['NEW', 'LOSE']],
  [2, 1, ['C1:NEW']],
  [2, 1, ['C1:NEW']],
  [2, 1, ['C1:NEW', 'C1:PREPARATION']],
  [2, 3, ['C3:NEW']],
  [2, 3, ['C3:NEW', 'C3:STEP_002']],
  [2, 3, ['C3:NEW', 'C3:STEP_060']],
  [1, 0, ['NEW']],
  [1, 0, ['NEW']],
  [1, 0, ['NEW', 'IN_PROCESS']],
  [1, 0, ['NEW', 'CONVERTED']],
  [177, 7, ['DT177_7:NEW']],
  [177, 7, ['DT177_7:NEW']],
  [177, 7, ['DT177_7:NEW', 'DT177_7:PREPARATION']],
  [177, 9, ['DT177_9:NEW']],
  [31, 5, ['DT31_5:N']],
  [31, 5, ['DT31_5:N', 'DT31_5:S']],
];

/**
 * The seed's fixed "now": every seeded stage-history row lies in the 365 days before it, so the
 * analytics of a fresh portal are the same on every run (history-seed.ts). 2026-11-01 12:00 UTC.
 */
export const HISTORY_REFERENCE_NOW = Date.UTC(2026, 10, 1, 12, 0, 0);

export function seedItems(semanticOf: (entityTypeId: number, stageId: string) => 'P' | 'S' | 'F') {
  const items: CrmItem[] = [];
  const history: StageHistoryRow[] = [];
  const counters = new Map<number, number>();
  let historyId = 1;
  // Three weeks before the reference date: inside every analytics period.
  const base = HISTORY_REFERENCE_NOW - 21 * 86_400_000;
  ITEM_PLAN.forEach(([entityTypeId, categoryId, path], index) => {
    const id = (counters.get(entityTypeId) ?? 0) + 1;
    counters.set(entityTypeId, id);
    const created = new Date(base + index * 3_600_000);
    path.forEach((stageId, step) => {
      const semantic = semanticOf(entityTypeId, stageId);
      history.push({
        ID: historyId++,
        TYPE_ID: step === 0 ? 1 : semantic === 'P' ? 2 : 3,
        OWNER_ID: id,
        ENTITY_TYPE_ID: entityTypeId,
        CREATED_TIME: isoSeconds(new Date(created.getTime() + step * 86_400_000)),
        CATEGORY_ID: categoryId,
        STAGE_SEMANTIC_ID: semantic,
        STAGE_ID: stageId,
      });
    });
    const stageId = path[path.length - 1] ?? '';
    items.push({
      id,
      entityTypeId,
      categoryId,
      stageId,
      title: CLIENT_TASKS[index % CLIENT_TASKS.length] ?? 'Item',
      opportunity: 1000 * ((index % 7) + 1),
      currencyId: 'USD',
      assignedById: 1,
      createdTime: isoSeconds(created),
      updatedTime: isoSeconds(new Date(created.getTime() + (path.length - 1) * 86_400_000)),
    });
  });
  return { items, history };
}

/** "2025-07-10T13:16:56+00:00": the portal's date format (ISO 8601 with an explicit offset). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
