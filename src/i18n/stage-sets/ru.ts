import type { stageSetsEn } from './en';

/** Issue 13, Russian: what shows before any dialog opens. */
export const stageSetsRu: Record<keyof typeof stageSetsEn, string> = {
  exportStages: 'Экспорт стадий',
  exportAllStages: 'Экспорт всех стадий',
  exportingAll: 'Экспорт…',
  exportAllFailed: 'Не удалось экспортировать стадии: {reason}',
  applyStageSet: 'Применить набор стадий',
  pipelinesOf: 'Воронки: {section}',
  newPipeline: 'Новая воронка',
  renamePipeline: 'Переименовать воронку {name}',
  renamePipelineShort: 'Переименовать воронку',
  deletePipeline: 'Удалить воронку {name}',
  deletePipelineShort: 'Удалить воронку',
};
