// What the admin asked for so far, and the check that every wish either reached the portal or
// is listed as unsaved.
import { GROUP_NAMES, type Columns, type GroupName, type SeenStage } from './board-state';

export interface Intent {
  name: string;
  colour: string;
}

/** The order of each group and each stage's name and colour, keyed by STATUS_ID. */
export interface Model {
  order: Record<GroupName, string[]>;
  stages: Map<string, Intent>;
}

export function modelOf(columns: Columns): Model {
  const stages = new Map<string, Intent>();
  for (const g of GROUP_NAMES) {
    for (const s of columns[g]) stages.set(s.statusId, { name: s.name, colour: s.colour });
  }
  return {
    order: {
      'In progress': columns['In progress'].map((s) => s.statusId),
      Success: columns.Success.map((s) => s.statusId),
      Failure: columns.Failure.map((s) => s.statusId),
    },
    stages,
  };
}

export function intentOf(model: Model, stage: SeenStage): Intent {
  const intent = model.stages.get(stage.statusId);
  if (!intent) throw new Error(`the model does not know ${stage.statusId}`);
  return intent;
}

/**
 * Every name a stage has had, portal's or admin's: the board shows names, not STATUS_IDs. The
 * soak only ever gives out new names, so a name belongs to one stage for the whole run.
 */
export class StageNames {
  private readonly ids = new Map<string, string>();

  /** Learns each stage's name; says which names turned out to belong to two stages. */
  learnAll(columns: Columns): string[] {
    const clashes: string[] = [];
    for (const g of GROUP_NAMES) {
      for (const s of columns[g]) {
        const known = this.ids.get(s.name);
        if (known === undefined) this.ids.set(s.name, s.statusId);
        else if (known !== s.statusId) {
          clashes.push(`${s.statusId} and ${known} are both named ${JSON.stringify(s.name)}`);
        }
      }
    }
    return clashes;
  }

  /** A name the admin just typed for a stage, before the portal has it. */
  learn(statusId: string, name: string) {
    this.ids.set(name, statusId);
  }

  /** The STATUS_ID of the stage with this name, or the name marked unknown. */
  readonly idOf = (name: string) => this.ids.get(name) ?? `?${name}`;
}

/** Every intent landed in the portal or is listed as unsaved. */
export function checkIntents(model: Model, portal: Columns, pending: readonly string[]): string[] {
  const problems: string[] = [];
  const lower = pending.map((p) => p.toLowerCase());
  for (const g of GROUP_NAMES) {
    const there = portal[g].map((s) => s.statusId);
    if (there.join() !== model.order[g].join()) {
      problems.push(
        `${g}: the admin's order ${model.order[g].join(', ')} but the portal has ${there.join(', ')}`,
      );
    }
    for (const stage of portal[g]) {
      const intent = model.stages.get(stage.statusId);
      if (!intent) continue;
      if (
        stage.name !== intent.name &&
        !pending.some((p) => p.startsWith('Rename ') && p.endsWith(` to ${intent.name}`))
      ) {
        problems.push(
          `${stage.statusId}: named ${JSON.stringify(stage.name)}, the admin's ${JSON.stringify(intent.name)} is neither saved nor listed`,
        );
      }
      if (
        stage.colour !== intent.colour &&
        !lower.some((p) => p.startsWith('colour of ') && p.endsWith(` to ${intent.colour}`))
      ) {
        problems.push(
          `${stage.statusId}: coloured ${stage.colour}, the admin's ${intent.colour} is neither saved nor listed`,
        );
      }
    }
  }
  return problems;
}
