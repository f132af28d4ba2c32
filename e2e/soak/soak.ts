// What every soak operation works with: the app's frame, the portal, the seeded random numbers,
// the admin's intents and the summary being written.
import type { FrameLocator } from '@playwright/test';
import type { PortalControl } from '../portal-control';
import { seededRandom, type Random } from '../seeded-random';
import { portalColumns, readBoard, type Columns } from './board-state';
import { modelOf, StageNames, type Model } from './model';
import { emptySummary, type SoakSummary } from './summary';

export interface SoakOptions {
  readonly app: FrameLocator;
  readonly portal: PortalControl;
  readonly entityId: string;
  readonly ops: number;
  readonly seed: number;
  readonly log?: (line: string) => void;
}

/** Names the soak gives stages: several scripts and the characters names must survive. */
const WORDS = [
  'Qualify',
  'Демо',
  'Angebot',
  'Review',
  'Follow-up',
  'Légal',
  'Close #',
  'Ship & bill',
];

export class Soak {
  readonly app: FrameLocator;
  readonly portal: PortalControl;
  readonly entityId: string;
  readonly random: Random;
  readonly summary: SoakSummary;
  readonly names = new StageNames();
  private counter = 0;

  private constructor(
    private readonly options: SoakOptions,
    readonly model: Model,
  ) {
    this.app = options.app;
    this.portal = options.portal;
    this.entityId = options.entityId;
    this.random = seededRandom(options.seed);
    this.summary = emptySummary(options.seed, options.ops);
  }

  static async start(options: SoakOptions): Promise<Soak> {
    const columns = portalColumns(await options.portal.statuses(options.entityId));
    const soak = new Soak(options, modelOf(columns));
    soak.summary.problems.push(...soak.names.learnAll(columns));
    return soak;
  }

  note(line: string) {
    this.summary.log.push(line);
    this.options.log?.(line);
  }

  /** A name no stage has had yet in this run. */
  freshName(): string {
    return `${this.random.pick(WORDS)} ${++this.counter}`;
  }

  /** The board as the admin sees it now. */
  board(): Promise<Columns> {
    return readBoard(this.app, this.names.idOf);
  }

  /** The portal's stages of the directory, grouped like the board. */
  async portalColumns(): Promise<Columns> {
    const columns = portalColumns(await this.portal.statuses(this.entityId));
    for (const clash of this.names.learnAll(columns)) {
      if (!this.summary.problems.includes(clash)) this.summary.problems.push(clash);
    }
    return columns;
  }
}
