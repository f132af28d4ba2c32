import type { Plugin } from 'vite';

/**
 * Everything the first board needs, in one chunk. The app starts from three modules that load at
 * once (src/main.tsx, then src/app/app.tsx and src/b24/connect.ts side by side); whatever they
 * import statically runs before the first board is painted. Left to itself the bundler splits
 * that code by which later features share it, into about thirty small files, and gzip packs each
 * file alone: about 7 KB more than the same code in one file, against issue 15's budget of
 * 190 KB for the first board. What loads later (journal, stage sets, analytics, dialogs, dnd-kit,
 * Russian and German) keeps its own chunks.
 */
const ROOTS = [
  /[\\/]src[\\/]main\.tsx$/,
  /[\\/]src[\\/]app[\\/]app\.tsx$/,
  /[\\/]src[\\/]b24[\\/]connect\.ts$/,
];

export function firstBoardChunk(): Plugin {
  const firstBoard = new Set<string>();
  return {
    name: 'first-board-chunk',
    apply: 'build',
    buildEnd() {
      firstBoard.clear();
      const pending = [...this.getModuleIds()].filter((id) => ROOTS.some((root) => root.test(id)));
      while (pending.length > 0) {
        const id = pending.pop() as string;
        if (firstBoard.has(id)) continue;
        firstBoard.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [{ name: (id: string) => (firstBoard.has(id) ? 'board' : null) }],
        },
      };
    },
  };
}
