/** Issue 13: what the board and the navigation show before any dialog opens. Spread into en.ts. */
export const stageSetsEn = {
  exportStages: 'Export stages',
  exportAllStages: 'Export all stages',
  exportingAll: 'Exporting…',
  exportAllFailed: 'The stages could not be exported: {reason}',
  applyStageSet: 'Apply stage set',
  pipelinesOf: 'Pipelines: {section}',
  newPipeline: 'New pipeline',
  renamePipeline: 'Rename pipeline {name}',
  renamePipelineShort: 'Rename pipeline',
  deletePipeline: 'Delete pipeline {name}',
  deletePipelineShort: 'Delete pipeline',
} as const;
