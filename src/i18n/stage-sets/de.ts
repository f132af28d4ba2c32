import type { stageSetsEn } from './en';

/** Issue 13, German: what shows before any dialog opens. */
export const stageSetsDe: Record<keyof typeof stageSetsEn, string> = {
  exportStages: 'Phasen exportieren',
  exportAllStages: 'Alle Phasen exportieren',
  exportingAll: 'Wird exportiert…',
  exportAllFailed: 'Die Phasen konnten nicht exportiert werden: {reason}',
  applyStageSet: 'Phasensatz anwenden',
  pipelinesOf: 'Pipelines: {section}',
  newPipeline: 'Neue Pipeline',
  renamePipeline: 'Pipeline {name} umbenennen',
  renamePipelineShort: 'Pipeline umbenennen',
  deletePipeline: 'Pipeline {name} löschen',
  deletePipelineShort: 'Pipeline löschen',
};
