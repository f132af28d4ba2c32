import { createContext, useContext } from 'react';
import type { Directory, Group, Stage } from '../domain/stage';
import type { StageCommands } from '../stages/use-stage-commands';

/**
 * What every stage card of one board needs, given once instead of threaded through the groups.
 * It changes only when the counts arrive or a draft opens or closes, never during a drag, so the
 * memoised groups and cards stay put while a stage moves.
 */
export interface BoardTools {
  readonly directory: Directory;
  readonly canEdit: boolean;
  readonly commands: StageCommands;
  /** Opens the name editor of a new stage at `index` (0-based) of `group`. */
  readonly startAdding: (group: Exclude<Group, 'success'>, index: number) => void;
  /**
   * Opens it right after `stage`. Stable across moves (it reads the order when called), so no
   * card re-renders because another one moved.
   */
  readonly addAfter: (stage: Stage) => void;
  /** A new stage is being named or sent: the add buttons wait for it. */
  readonly drafting: boolean;
  /**
   * The board's drag machinery has loaded (it comes after the first paint): until then a handle
   * is a plain button, without dnd-kit's role description and instructions.
   */
  readonly dragReady: boolean;
  /** CRM items in a stage; undefined while counting or when the directory has none. */
  readonly countOf: (stage: Stage) => number | undefined;
}

const BoardContext = createContext<BoardTools | null>(null);

export const BoardToolsProvider = BoardContext;

export function useBoardTools(): BoardTools {
  const tools = useContext(BoardContext);
  if (!tools) throw new Error('useBoardTools needs a BoardToolsProvider');
  return tools;
}
