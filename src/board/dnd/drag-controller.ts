import type { useDraggable } from '@dnd-kit/core';
import type { SyntheticEvent } from 'react';
import { canDrop } from '../../domain/sort-planner';
import { GROUPS, type Group, type Stage } from '../../domain/stage';
import type { StageCommands } from '../../stages/use-stage-commands';
import type { StageMessages } from './announcements';
import {
  displacements,
  sameTarget,
  stepFrom,
  targetAt,
  type BoardLayout,
  type DragTarget,
  type Offset,
} from './board-layout';
import { returnFocusToStage } from '../focus-return';
import { groupDroppableId } from './drag-data';
import type { Announcer } from './live-region';
import { measureBoard, scrollOf } from './measure-board';
import { resolveDrop, type DropRefusal, type DropTarget } from './resolve-drop';

/** What the controller tells React; each changes at most a few times per drag. */
export interface DragCallbacks {
  setActive(stage: Stage | null): void;
  /** The group under the card when a drop there would be refused (it gets a dashed outline). */
  setOverGroup(group: Group | null): void;
  setRefusal(reason: DropRefusal | null): void;
}

export interface DragInputs {
  readonly groups: Readonly<Record<Group, readonly Stage[]>>;
  readonly messages: StageMessages;
  readonly commands: Pick<StageCommands, 'move'>;
  /** The compact view grows the page instead of scrolling the board: keyboard steps scroll it. */
  readonly compact: boolean;
}

interface Session {
  readonly stage: Stage;
  readonly layout: BoardLayout;
  readonly elements: ReadonlyMap<string, HTMLElement>;
  /** Where the pointer went down, in board coordinates; null for a keyboard drag. */
  readonly origin: Offset | null;
  target: DragTarget | null;
  slid: Map<string, Offset>;
  /** False until the card leaves its own place: dnd-kit's "over itself" is not news. */
  moved: boolean;
}

const SLIDE_MS = 200;

/** A card's handle (`data-drag-handle`): the only place a drag can start. */
const HANDLE = '[data-drag-handle]';

type Draggable = ReturnType<typeof useDraggable>;
type Activator = 'onPointerDown' | 'onTouchStart' | 'onKeyDown';

/**
 * The board's drag, outside React. dnd-kit's sortable preset re-renders and re-measures every
 * sortable on each drag event, which at 120 stages cost long tasks; here the board is measured
 * once at pick-up (one layout, 120 rectangle reads), the target is computed from those numbers,
 * and only the cards that must slide get a new transform. React renders the overlay, the refused
 * group's outline and the refusal message; nothing else re-renders during a drag.
 */
export class BoardDragController {
  private root: HTMLElement | null = null;
  private draggable: Draggable | null = null;
  private armed: string | null = null;
  private session: Session | null = null;
  private settling: Session | null = null;
  private settleTimer = 0;
  private inputs: DragInputs | null = null;

  constructor(
    private readonly announcer: Announcer,
    private readonly callbacks: DragCallbacks,
  ) {}

  attach(root: HTMLElement | null) {
    this.root = root;
  }

  update(inputs: DragInputs) {
    this.inputs = inputs;
  }

  bind(draggable: Draggable) {
    this.draggable = draggable;
  }

  /**
   * An event inside the board: from a stage's handle, it goes to the board's draggable, first
   * pointed at that stage's card (and the handle, where dnd-kit returns focus after a drop).
   */
  forward(activator: Activator, event: SyntheticEvent) {
    const target = event.target instanceof Element ? event.target : null;
    const handle = target?.closest<HTMLElement>(HANDLE);
    const item = handle?.closest<HTMLElement>('li[data-stage-id]');
    const stageId = item?.dataset['stageId'];
    const listener = this.draggable?.listeners?.[activator] as
      ((event: SyntheticEvent) => void) | undefined;
    if (!this.draggable || !handle || !item || !stageId || !listener) return;
    this.armed = stageId;
    this.draggable.setNodeRef(item);
    this.draggable.setActivatorNodeRef(handle);
    listener(event);
  }

  /** `pointer`: where a pointer went down, in the viewport; null for a keyboard drag. */
  start(pointer: Offset | null) {
    this.finishSettling();
    const root = this.root;
    const stage = this.stageById(this.armed);
    if (!root || !stage || !this.inputs) return;
    const scroll = scrollOf(root);
    const { layout, elements } = measureBoard(root, scroll);
    const own = layout.slots.find((s) => s.id === stage.id);
    this.session = {
      stage,
      layout,
      elements,
      origin: pointer && { x: pointer.x + scroll.x, y: pointer.y + scroll.y },
      target: own ? { kind: 'stage', slot: own } : null,
      slid: new Map(),
      moved: false,
    };
    root.dataset['dragging'] = '';
    elements.get(stage.id)?.setAttribute('data-drag-source', '');
    this.callbacks.setRefusal(null);
    this.callbacks.setActive(stage);
    const said = this.inputs.messages.pickedUp(stage);
    // dnd-kit's keyboard sensor starts listening for arrows in a timeout it sets right after
    // this call; announcing in a timeout set from inside that one comes after it, so "Picked up"
    // is never heard (or awaited by a test) before the arrows work.
    window.setTimeout(() =>
      window.setTimeout(() => {
        if (this.session?.stage === stage && !this.session.moved) this.announcer.announce(said);
      }),
    );
  }

  /**
   * A pointer drag moved, or the board scrolled under it: `delta` is dnd-kit's distance from the
   * pick-up, scrolling included. The target is what is under the pointer, not under the dragged
   * card's centre: in the compact view the handle sits at the far left of a wide row.
   */
  pointerMoved(delta: Offset) {
    const session = this.session;
    if (!session?.origin) return;
    const point = { x: session.origin.x + delta.x, y: session.origin.y + delta.y };
    this.retarget(session, targetAt(session.layout, point));
  }

  /** An arrow key: the next place in the board's order, as viewport coordinates for dnd-kit. */
  keyboardStep(step: -1 | 1): Offset | undefined {
    const session = this.session;
    if (!session || !this.root) return undefined;
    const from = session.target?.kind === 'stage' ? session.target.slot.id : session.stage.id;
    const next = stepFrom(session.layout, from, step);
    if (!next) return undefined;
    this.retarget(session, { kind: 'stage', slot: next });
    if (this.inputs?.compact) {
      // No scroll container inside the frame here: bring the place into the portal's view.
      session.elements.get(next.id)?.scrollIntoView({ block: 'nearest' });
    }
    const scroll = scrollOf(this.root);
    return { x: next.x - scroll.x, y: next.y - scroll.y };
  }

  drop() {
    const session = this.end();
    if (!session || !this.inputs) return;
    this.keepFocus(session);
    const { target, stage } = session;
    if (target) this.announcer.announce(this.inputs.messages.dropped(stage, target));
    else this.announcer.announce(this.inputs.messages.cancelled(stage));
    const outcome = resolveDrop(this.inputs.groups, stage.id, target ? dropTargetOf(target) : null);
    if (outcome.kind === 'refused') this.callbacks.setRefusal(outcome.reason);
    if (outcome.kind === 'move') {
      // The cards stay where they slid until the new order is rendered (afterRender), so the
      // drop shows no jump back and forth.
      this.settling = session;
      this.settleTimer = window.setTimeout(() => this.finishSettling(), 1000);
      this.inputs.commands.move(outcome.stage, outcome.toIndex);
    } else this.slideBack(session);
  }

  cancel() {
    const session = this.end();
    if (!session || !this.inputs) return;
    this.keepFocus(session);
    this.announcer.announce(this.inputs.messages.cancelled(session.stage));
    this.slideBack(session);
  }

  /** Called once the board has rendered new stages: a dropped move is now in the DOM order. */
  afterRender() {
    if (this.settling) this.finishSettling();
  }

  private end(): Session | null {
    const session = this.session;
    this.session = null;
    if (!session) return null;
    session.elements.get(session.stage.id)?.removeAttribute('data-drag-source');
    this.callbacks.setActive(null);
    this.callbacks.setOverGroup(null);
    return session;
  }

  /**
   * After a keyboard drag focus stays on the stage's handle, as dnd-kit does once; the move then
   * renders the card at its new place, which drops focus again (docs/focus.md §1, §2).
   */
  private keepFocus(session: Session) {
    if (!session.origin) returnFocusToStage(session.stage.id);
  }

  private slideBack(session: Session) {
    this.slide(session, new Map());
    window.setTimeout(() => {
      if (!this.session && !this.settling) delete this.root?.dataset['dragging'];
    }, SLIDE_MS);
  }

  private finishSettling() {
    window.clearTimeout(this.settleTimer);
    const session = this.settling;
    this.settling = null;
    // Without the transition first, so the cards take their new places in the same frame.
    if (this.root && !this.session) delete this.root.dataset['dragging'];
    if (session) this.slide(session, new Map());
  }

  private retarget(session: Session, target: DragTarget | null) {
    if (!this.inputs || sameTarget(target, session.target)) return;
    session.target = target;
    this.slide(session, displacements(session.layout, session.stage.id, target));
    const group =
      target === null ? null : target.kind === 'stage' ? target.slot.group : target.group;
    this.callbacks.setOverGroup(group && !canDrop(session.stage, group).ok ? group : null);
    const home = target?.kind === 'stage' && target.slot.id === session.stage.id;
    if (!target || (home && !session.moved)) return;
    session.moved = true;
    this.announcer.announce(this.inputs.messages.over(session.stage, target));
  }

  private slide(session: Session, next: Map<string, Offset>) {
    for (const id of new Set([...session.slid.keys(), ...next.keys()])) {
      const was = session.slid.get(id);
      const now = next.get(id);
      if (was?.x === now?.x && was?.y === now?.y) continue;
      const element = session.elements.get(id);
      if (element) element.style.transform = now ? `translate(${now.x}px, ${now.y}px)` : '';
    }
    session.slid = next;
  }

  private stageById(id: string | null): Stage | undefined {
    const groups = this.inputs?.groups;
    return groups && id !== null
      ? GROUPS.flatMap((g) => groups[g]).find((s) => s.id === id)
      : undefined;
  }
}

function dropTargetOf(target: DragTarget): DropTarget {
  return target.kind === 'stage'
    ? { id: target.slot.id, data: { type: 'stage', group: target.slot.group } }
    : { id: groupDroppableId(target.group), data: { type: 'group', group: target.group } };
}
