import { serialiseStageSet, setDirectoryOf, stageSetFileName } from '../../domain/stage-set';
import type { Directory, Stage } from '../../domain/stage';
import { downloadText } from './download';

/** Loaded on the first export, not with the board (bundle budget). */

/** One directory as `<directory name>.stage-set.json` (docs/stage-set.md). */
export function exportDirectory(directory: Directory, stages: readonly Stage[], portal: string) {
  const set = {
    exportedAt: new Date().toISOString(),
    portal,
    directories: [setDirectoryOf(directory, stages)],
  };
  downloadText(stageSetFileName(directory.name), serialiseStageSet(set));
}

/** Every stage directory in one file, named after the portal. */
export function exportDirectories(
  directories: readonly Directory[],
  read: Readonly<Record<string, readonly Stage[]>>,
  portal: string,
) {
  const set = {
    exportedAt: new Date().toISOString(),
    portal,
    directories: directories.map((d) => setDirectoryOf(d, read[d.entityId] ?? [])),
  };
  downloadText(stageSetFileName(portal || 'stage-sets'), serialiseStageSet(set));
}
