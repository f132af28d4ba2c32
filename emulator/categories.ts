// Pipelines ("categories") of deals, smart invoices and smart processes, and what the portal does
// when one is created: the default stages and the crm.status.entity.types entry.
// docs/server-behaviour.md §1 (stages a new pipeline gets), §6. Server source:
// crm/lib/category/dealcategory.php (add, createDefaultStages, normalizeStatusIds: ids cut to 21
// characters, prepareStatusEntityInfos), crm/classes/general/crm_status.php (GetDefaultDealStages,
// getDynamicEntities), crm/lib/Stage/DefaultProcessColorGenerator.php,
// crm/lib/Service/Scenario/DefaultStages.php.
import { DOC_DEAL_STAGES } from './seed';
import type { EntityType, StatusRow } from './types';

export interface CategoryRow {
  entityTypeId: number;
  id: number;
  name: string;
  sort: number;
  isDefault: boolean;
  isSystem: boolean;
  /** Deals only (DealCategoryTable ORIGIN_ID / ORIGINATOR_ID). */
  originId: string | null;
  originatorId: string | null;
}

export interface PipelineBook {
  categories: CategoryRow[];
  /** Auto-increment counters: deal categories and item (smart) categories are separate tables. */
  nextDealCategoryId: number;
  nextItemCategoryId: number;
}

/** Titles of the smart-process types the seed has (the NAME of their entity.types entries). */
export const SMART_PROCESS_TITLES: Record<number, string> = { 177: 'Equipment Purchase' };

const row = (
  entityTypeId: number,
  id: number,
  name: string,
  sort: number,
  isDefault = false,
): CategoryRow => ({
  entityTypeId,
  id,
  name,
  sort,
  isDefault,
  isSystem: false,
  originId: null,
  originatorId: null,
});

/** The seed's pipelines, matching seedEntityTypes() (seed.ts). */
export function seedPipelines(): PipelineBook {
  return {
    categories: [
      row(2, 0, 'General', 0, true),
      row(2, 1, 'Newest', 10),
      row(2, 3, 'Enterprise onboarding (120 stages)', 20),
      row(31, 5, 'General', 500, true),
      row(177, 7, 'General', 500, true),
      row(177, 9, 'Second Funnel', 500),
    ],
    nextDealCategoryId: 4,
    nextItemCategoryId: 14,
  };
}

/** Types whose factory supports pipelines: deals, smart invoices and smart processes (§6). */
export function supportsCategories(entityTypeId: number): boolean {
  return (
    entityTypeId === 2 ||
    entityTypeId === 31 ||
    (entityTypeId >= 128 && entityTypeId < 192) ||
    (entityTypeId >= 1030 && entityTypeId % 2 === 0)
  );
}

type Lang = 'en' | 'ru' | 'de';

/**
 * Names of a new deal pipeline's stages (CRM_DEAL_STAGE_*) in ru and de; en as in the docs'
 * DEAL_STAGE example, which is also where the codes and EXTRA semantics come from (seed.ts).
 */
const DEAL_STAGE_NAMES: Record<'ru' | 'de', string[]> = {
  ru: [
    'Новая',
    'Подготовка документов',
    'Счёт на предоплату',
    'В работе',
    'Финальный счёт',
    'Сделка успешна',
    'Сделка провалена',
    'Анализ причины провала',
  ],
  de: [
    'Neu',
    'Dokumentvorbereitung',
    'Vorauszahlungsrechnung',
    'In Bearbeitung',
    'Schlussrechnung',
    'Deal erfolgreich',
    'Deal verloren',
    'Analyse der Verlustgründe',
  ],
};

/** Names of a new smart-process pipeline's stages (CRM_SCENARIO_DEFAULT_STAGES_*). */
const SMART_STAGE_NAMES: Record<Lang, string[]> = {
  en: ['New', 'Preparation', 'Client approval', 'Success', 'Fail'],
  ru: ['Новая', 'Подготовка', 'Согласование с клиентом', 'Успех', 'Провал'],
  de: ['Neu', 'Vorbereitung', 'Kundenfreigabe', 'Erfolg', 'Fehlschlag'],
};

/** Default name of a smart-process pipeline added without one (CRM_TYPE_CATEGORY_DEFAULT_NAME). */
export const DEFAULT_PIPELINE_NAME: Record<Lang, string> = {
  en: 'Pipeline',
  ru: 'Воронка',
  de: 'Pipeline',
};

/** DefaultProcessColorGenerator: five start colours for the in-progress stages. */
const PROCESS_COLOURS = ['#1F86FF', '#30AFFF', '#00C0D5', '#31C469', '#FAAA08'];

type StageDraft = Omit<StatusRow, 'ID'>;

/** The 8 stages CCrmStatus::GetDefaultDealStages gives pipeline `n`. */
export function defaultDealStages(n: number, lang: Lang): StageDraft[] {
  return DOC_DEAL_STAGES.map((doc, i) => {
    const system = doc.SYSTEM === 'Y';
    const color = i < 5 ? (PROCESS_COLOURS[i] ?? '') : i === 5 ? '#7BD500' : '#FF5752';
    const name = lang === 'en' ? doc.NAME : (DEAL_STAGE_NAMES[lang][i] ?? doc.NAME);
    return {
      ENTITY_ID: `DEAL_STAGE_${n}`,
      // normalizeStatusIds: at most 21 characters, prefix included (C10:PREPAYMENT_INVOIC).
      STATUS_ID: `C${n}:${doc.STATUS_ID}`.slice(0, 21),
      NAME: name,
      NAME_INIT: system ? name : '',
      SORT: doc.SORT,
      SYSTEM: doc.SYSTEM,
      CATEGORY_ID: String(n),
      COLOR: color,
      SEMANTICS: doc.SEMANTICS,
      EXTRA: { SEMANTICS: doc.EXTRA?.SEMANTICS ?? 'process', COLOR: color },
    };
  });
}

/** The 5 stages DefaultStages.php gives a new smart-process (or smart-invoice) pipeline. */
export function defaultSmartStages(
  entityId: string,
  prefix: string,
  categoryId: number,
  lang: Lang,
): StageDraft[] {
  const names = SMART_STAGE_NAMES[lang];
  const specs: [string, string, 'S' | 'F' | null, boolean][] = [
    ['NEW', '#22B9FF', null, true],
    ['PREPARATION', '#88B9FF', null, false],
    ['CLIENT', '#10e5fc', null, false],
    ['SUCCESS', '#00ff00', 'S', true],
    ['FAIL', '#ff0000', 'F', true],
  ];
  return specs.map(([code, color, semantics, system], i) => ({
    ENTITY_ID: entityId,
    STATUS_ID: `${prefix}:${code}`,
    NAME: names[i] ?? code,
    NAME_INIT: names[i] ?? code,
    SORT: String((i + 1) * 10),
    SYSTEM: system ? 'Y' : 'N',
    CATEGORY_ID: String(categoryId),
    COLOR: color,
    SEMANTICS: semantics,
  }));
}

/** The directory id of a pipeline's stages. */
export function stageEntityId(entityTypeId: number, categoryId: number): string {
  if (entityTypeId === 2) return categoryId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${categoryId}`;
  if (entityTypeId === 31) return `SMART_INVOICE_STAGE_${categoryId}`;
  return `DYNAMIC_${entityTypeId}_STAGE_${categoryId}`;
}

/** The crm.status.entity.types entry of a new pipeline (prepareStatusEntityInfos / getDynamicEntities). */
export function entityTypeEntry(category: CategoryRow): EntityType {
  const { entityTypeId, id } = category;
  const scope = `category_${id}`;
  if (entityTypeId === 2) {
    return {
      ID: `DEAL_STAGE_${id}`,
      NAME: `${category.name} Deal Stages`,
      PARENT_ID: 'DEAL_STAGE',
      SEMANTIC_INFO: {
        START_FIELD: `C${id}:NEW`,
        FINAL_SUCCESS_FIELD: `C${id}:WON`,
        FINAL_UNSUCCESS_FIELD: `C${id}:LOSE`,
        FINAL_SORT: 0,
      },
      PREFIX: `C${id}`,
      FIELD_ATTRIBUTE_SCOPE: scope,
      ENTITY_TYPE_ID: 2,
      CATEGORY_ID: String(id), // a string for DEAL_STAGE_n (§1)
    };
  }
  const base: EntityType = {
    ID: stageEntityId(entityTypeId, id),
    NAME: `${SMART_PROCESS_TITLES[entityTypeId] ?? 'Invoices'} (${category.name})`,
    SEMANTIC_INFO: [],
    PREFIX: `DT${entityTypeId}_${id}`,
    FIELD_ATTRIBUTE_SCOPE: scope,
    ENTITY_TYPE_ID: entityTypeId,
    IS_ENABLED: true,
    CATEGORY_ID: id,
  };
  if (entityTypeId === 31) return base;
  return {
    ...base,
    CATEGORY_NAME: category.name,
    CATEGORY_SORT: category.sort,
    IS_DEFAULT_CATEGORY: category.isDefault,
  };
}
