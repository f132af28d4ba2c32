import { ApiVersion, type AjaxResult, type TypeB24 } from '@bitrix24/b24jssdk';
import { BATCH_LIMIT, commandError, type BatchResults, type Command } from './batch-results';
import type { Stage } from '../domain/stage';
import { PortalError } from './portal-error';
import { toPortalError } from './portal-error-from-sdk';
import { installPlacements } from './install';
import type {
  CrmMode,
  ItemPage,
  AddResult,
  NewStage,
  HostInfo,
  InstallReport,
  InstallRequest,
  Portal,
  PortalActivity,
  StageUpdate,
  StartData,
  WriteResult,
} from './portal';
import type { Stage as DomainStage, StagePatch } from '../domain/stage';

/** crm.status.update's fields for a domain patch. */
interface StageChange {
  readonly NAME?: string;
  readonly SORT?: number;
  readonly COLOR?: string;
}
const fieldsOf = (patch: StagePatch | undefined): StageChange | undefined =>
  patch === undefined
    ? undefined
    : {
        ...(patch.name !== undefined ? { NAME: patch.name } : {}),
        ...(patch.sort !== undefined ? { SORT: patch.sort } : {}),
        ...(patch.color !== undefined ? { COLOR: patch.color } : {}),
      };
const patchOf = (fields: StageChange): StagePatch => ({
  ...(fields.NAME !== undefined ? { name: fields.NAME } : {}),
  ...(fields.SORT !== undefined ? { sort: fields.SORT } : {}),
  ...(fields.COLOR !== undefined ? { color: fields.COLOR } : {}),
});
interface RestUpdate {
  readonly id: string;
  readonly fields: StageChange;
  readonly expected?: StageChange;
}
const restUpdate = (u: StageUpdate): RestUpdate => {
  const expected = fieldsOf(u.expected);
  return { id: u.id, fields: fieldsOf(u.patch) ?? {}, ...(expected ? { expected } : {}) };
};
const domainUpdate = (u: RestUpdate): StageUpdate => ({
  id: u.id,
  patch: patchOf(u.fields),
  ...(u.expected ? { expected: patchOf(u.expected) } : {}),
});
import { directoriesFromRows, stagesFromRows } from './rows';

/** The portal pages crm.status.list by 50 rows (`next`/`total`), like every list method. */
const PAGE = 50;

/** What only the frame has (a development webhook is never installed nor placed). */
export interface HostActions {
  readonly info: HostInfo;
  fitHeight(height: number): void;
  finishInstall(): void;
}

const WEBHOOK_HOST: HostActions = {
  info: { placement: 'DEFAULT', placementOptions: {}, installMode: false },
  fitHeight: () => undefined,
  finishInstall: () => undefined,
};

const listParams = (entityId: string, start = 0) => ({
  order: { SORT: 'ASC', ID: 'ASC' },
  filter: { ENTITY_ID: entityId },
  start,
});

/** After this long a request counts as slow and the admin is told the app is still waiting. */
const SLOW_AFTER_MS = 2_000;

export interface UserOptions {
  get(name: string): string | null;
  set(name: string, value: string): void;
}

export interface SdkPortalOptions {
  readonly isAdmin: boolean;
  readonly lang: string;
  readonly userOptions: UserOptions;
  readonly reload: () => void;
  /** The frame's placement, install mode and parent commands; the webhook has none. */
  readonly host?: HostActions;
}

const same = (field: keyof StageChange, a: unknown, b: unknown) =>
  field === 'COLOR'
    ? String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase()
    : String(a ?? '') === String(b ?? '');

/**
 * A batch row whose `result_error` had an EMPTY code (crm.status.add validation) is reported by
 * the SDK as a success with an undefined result. The SDK 2.2.0 still keeps the raw row in the
 * AjaxResult's `_data` (ajax-result.mjs); read the portal's words from there when present.
 */
function emptyCodeError(result: AjaxResult<unknown>, method: string): PortalError {
  const raw = (result as unknown as { _data?: { error_description?: unknown } })._data;
  const description = typeof raw?.error_description === 'string' ? raw.error_description : '';
  return new PortalError('refused', '', description, method);
}

/** crm.item calls a lead's stage `statusId`; every other type (deals, smart processes) `stageId`. */
const stageField = (entityTypeId: number) => (entityTypeId === 1 ? 'statusId' : 'stageId');

/**
 * The only code that calls the SDK. Works with B24Frame (inside the portal) and B24Hook
 * (webhook, development): both expose `actions.v2`.
 */
export class SdkPortal implements Portal {
  readonly isPortalAdmin: boolean;
  readonly lang: string;
  private readonly userOptions: UserOptions;
  readonly reload: () => void;
  private readonly hostActions: HostActions;
  private readonly listeners = new Set<(activity: PortalActivity) => void>();
  private pending = 0;
  private rateLimitedAt = 0;
  private activity: PortalActivity = 'idle';

  constructor(
    private readonly b24: TypeB24,
    options: SdkPortalOptions,
  ) {
    this.isPortalAdmin = options.isAdmin;
    this.lang = options.lang;
    this.userOptions = options.userOptions;
    this.reload = options.reload;
    this.hostActions = options.host ?? WEBHOOK_HOST;
    // The SDK retries QUERY_LIMIT_EXCEEDED on its own (1.5 s, then 2.25 s) without telling the
    // caller; watching its HTTP client is the only way to know why a request takes long.
    b24.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.response.use(undefined, (error) => {
      const status = (error as { response?: { status?: number } }).response?.status;
      if (status === 503 || status === 429) this.rateLimitedAt = Date.now();
      return Promise.reject(error);
    });
  }

  onActivity(listener: (activity: PortalActivity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setActivity(activity: PortalActivity) {
    if (activity === this.activity) return;
    this.activity = activity;
    for (const listener of this.listeners) listener(activity);
  }

  /** Every request goes through here so a long wait becomes visible after two seconds. */
  private async track<T>(request: () => Promise<T>): Promise<T> {
    this.pending++;
    const startedAt = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - startedAt < SLOW_AFTER_MS) return;
      this.setActivity(this.rateLimitedAt >= startedAt ? 'rate-limited' : 'slow');
    }, 250);
    try {
      return await request();
    } finally {
      clearInterval(timer);
      if (--this.pending === 0) this.setActivity('idle');
    }
  }

  /** Every batch goes through here, so a long wait becomes visible (see `track`). */
  private async send(calls: Record<string, Command>, haltOnError = false): Promise<BatchResults> {
    const response = await this.track(() =>
      this.b24.actions.v2.batch.make({
        calls,
        options: { isHaltOnError: haltOnError, returnAjaxResult: true },
      }),
    );
    return (response.getData() ?? {}) as BatchResults;
  }

  get host(): HostInfo {
    return this.hostActions.info;
  }

  /**
   * Runs named commands in one batch with `halt: 0` and checks each result itself: the SDK's
   * batch never throws for a failed command, and an error with an empty code is even reported
   * as a success with an undefined result.
   */
  private async batch(commands: Record<string, Command>): Promise<Record<string, unknown>> {
    let byKey: BatchResults;
    try {
      byKey = await this.send(commands);
    } catch (error) {
      throw toPortalError(error, 'batch');
    }
    const out: Record<string, unknown> = {};
    for (const [key, [method]] of Object.entries(commands)) {
      const result = byKey[key];
      if (!result) throw new PortalError('server', '', '', method);
      if (!result.isSuccess) throw commandError(result, method);
      out[key] = result.getData()?.result;
      out[`${key}:total`] = result.getTotal();
    }
    return out;
  }

  private async restOfPages(entityId: string, first: unknown, total: unknown): Promise<Stage[]> {
    const rows = Array.isArray(first) ? [...(first as unknown[])] : [];
    const count = typeof total === 'number' ? total : 0;
    if (count > rows.length && rows.length === PAGE) {
      const pages: Record<string, Command> = {};
      for (let start = PAGE; start < count; start += PAGE) {
        pages[`p${start}`] = ['crm.status.list', listParams(entityId, start)];
      }
      const more = await this.batch(pages);
      for (const key of Object.keys(pages)) {
        const page = more[key];
        if (Array.isArray(page)) rows.push(...(page as unknown[]));
      }
    }
    return stagesFromRows(rows);
  }

  async loadStart(entityId: string): Promise<StartData> {
    const out = await this.batch({
      types: ['crm.status.entity.types', {}],
      mode: ['crm.settings.mode.get', {}],
      stages: ['crm.status.list', listParams(entityId)],
    });
    const directories = directoriesFromRows(out['types']);
    const crmMode: CrmMode = Number(out['mode']) === 2 ? 'simple' : 'classic';
    const exists = directories.some((d) => d.entityId === entityId);
    const stages = exists
      ? await this.restOfPages(entityId, out['stages'], out['stages:total'])
      : null;
    return {
      directories,
      crmMode,
      stages,
      editRight: this.isPortalAdmin
        ? { kind: 'allowed' }
        : { kind: 'read-only', reason: 'not-crm-admin' },
    };
  }

  async loadStages(entityId: string): Promise<Stage[]> {
    const out = await this.batch({ stages: ['crm.status.list', listParams(entityId)] });
    return this.restOfPages(entityId, out['stages'], out['stages:total']);
  }

  async updateStages(_entityId: string, updates: readonly StageUpdate[]): Promise<WriteResult> {
    const failures = await this.sendUpdates(updates.map(restUpdate));
    return {
      failures: failures.map((f) => ({ update: domainUpdate(f.update), error: f.error })),
      stages: null,
    };
  }

  private async sendUpdates(
    updates: readonly RestUpdate[],
  ): Promise<{ update: RestUpdate; error: PortalError }[]> {
    const failures: { update: RestUpdate; error: PortalError }[] = [];
    // A chunk carries a crm.status.get before each guarded update (batch rows run in order), so
    // a guarded update costs two commands: 25 per batch of 50.
    const perBatch = updates.some((u) => u.expected) ? BATCH_LIMIT / 2 : BATCH_LIMIT;
    for (let i = 0; i < updates.length; i += perBatch) {
      const chunk = updates.slice(i, i + perBatch);
      const calls: Record<string, Command> = {};
      chunk.forEach((u, n) => {
        if (u.expected) calls[`g${n}`] = ['crm.status.get', { id: u.id }];
        calls[`u${n}`] = ['crm.status.update', { id: u.id, fields: u.fields }];
      });
      let byKey: BatchResults;
      try {
        byKey = await this.send(calls);
      } catch (error) {
        const portalError = toPortalError(error, 'batch');
        // The whole request failed: none of this chunk or the rest is known to have landed.
        for (const update of updates.slice(i)) failures.push({ update, error: portalError });
        return failures;
      }
      const restores: RestUpdate[] = [];
      chunk.forEach((update, n) => {
        const result = byKey[`u${n}`];
        // crm.status.update answers `true`; anything else (even a "success" with no result,
        // which is how the SDK reports an empty error code) did not land.
        if (!(result?.isSuccess && result.getData()?.result === true)) {
          const error = result
            ? result.isSuccess
              ? new PortalError('refused', '', '', 'crm.status.update')
              : commandError(result, 'crm.status.update')
            : new PortalError('server', '', '', 'crm.status.update');
          failures.push({ update, error });
          return;
        }
        const before = byKey[`g${n}`]?.getData()?.result as Record<string, unknown> | undefined;
        if (!update.expected || !before) return;
        const theirs: Record<string, unknown> = {};
        for (const [field, value] of Object.entries(update.expected)) {
          const key = field as keyof StageChange;
          const current = before[field];
          // Already ours: an earlier attempt landed before its answer was lost, and the SDK
          // sent the batch again. Anything else is someone else's change.
          if (same(key, current, value) || same(key, current, update.fields[key])) continue;
          theirs[field] = current;
        }
        if (Object.keys(theirs).length === 0) return;
        restores.push({ id: update.id, fields: theirs as StageChange });
        const shown = Object.values(theirs).map(String).join(', ');
        failures.push({
          update,
          error: new PortalError('conflict', '', shown, 'crm.status.update'),
        });
      });
      // Someone else's value was overwritten by the row above; put theirs back at once.
      if (restores.length > 0) await this.sendUpdates(restores);
    }
    return failures;
  }

  userOption(name: string): string | null {
    return this.userOptions.get(name);
  }

  setUserOption(name: string, value: string): void {
    this.userOptions.set(name, value);
  }

  private async findStatus(stage: NewStage): Promise<string | null> {
    const rows = await this.loadStages(stage.entityId);
    // STATUS_ID is unique per directory and compared case-insensitively by the portal's DB.
    const found = rows.find((r) => r.statusId.toUpperCase() === stage.statusId.toUpperCase());
    return found && found.name === stage.name ? found.id : null;
  }

  async addStage(stage: NewStage, shifts: readonly StageUpdate[]): Promise<AddResult> {
    return { id: await this.addOne(stage, shifts.map(restUpdate)), stages: null };
  }

  private async addOne(stage: NewStage, shifts: readonly RestUpdate[]): Promise<string> {
    const fields: Record<string, unknown> = {
      ENTITY_ID: stage.entityId,
      STATUS_ID: stage.code,
      NAME: stage.name,
      SORT: stage.sort,
    };
    if (stage.semantics !== null) fields['SEMANTICS'] = stage.semantics;
    if (stage.color !== null) fields['COLOR'] = stage.color;
    if (stage.categoryId !== null) fields['CATEGORY_ID'] = stage.categoryId;
    const calls: Record<string, Command> = {};
    shifts.forEach((u, n) => {
      calls[`s${n}`] = ['crm.status.update', { id: u.id, fields: u.fields }];
    });
    calls['add'] = ['crm.status.add', { fields }];

    let byKey: BatchResults;
    try {
      // Halt on error: a shift the portal refused must not let the add land out of order.
      byKey = await this.send(calls, true);
    } catch (error) {
      const portalError = toPortalError(error, 'crm.status.add');
      // No answer (the SDK's own network retries included): whether the add landed is unknown.
      // Look before anyone tries again.
      if (portalError.kind === 'network' || portalError.kind === 'server') {
        const landed = await this.findStatus(stage).catch(() => null);
        if (landed !== null) return landed;
      }
      throw portalError;
    }
    for (const key of Object.keys(calls)) {
      if (key === 'add') continue;
      const result = byKey[key];
      if (!result?.isSuccess) {
        throw result
          ? commandError(result, 'crm.status.update')
          : new PortalError('server', '', '', 'crm.status.update');
      }
    }
    const added = byKey['add'];
    if (!added) throw new PortalError('server', '', '', 'crm.status.add');
    if (!added.isSuccess) {
      const error = commandError(added, 'crm.status.add');
      // The SDK resends a whole batch after a dropped connection: if the first one landed, the
      // resend meets our own stage. Same STATUS_ID and name: that is ours, created once.
      if (/^duplicate status_id\.?$/i.test(error.code)) {
        const landed = await this.findStatus(stage).catch(() => null);
        if (landed !== null) return landed;
      }
      throw error;
    }
    const id = added.getData()?.result;
    if (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))) return String(id);
    throw emptyCodeError(added, 'crm.status.add');
  }

  async deleteStage(
    _entityId: string,
    id: string,
    forced: boolean,
  ): Promise<readonly DomainStage[] | null> {
    const params: Record<string, unknown> = { id };
    if (forced) params['params'] = { FORCED: 'Y' };
    const out = await this.batch({ del: ['crm.status.delete', params] });
    if (out['del'] !== true) throw new PortalError('refused', '', '', 'crm.status.delete');
    return null;
  }

  async countItems(
    entityTypeId: number,
    statusIds: readonly string[],
  ): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (let i = 0; i < statusIds.length; i += BATCH_LIMIT) {
      const chunk = statusIds.slice(i, i + BATCH_LIMIT);
      const commands = Object.fromEntries(
        chunk.map((statusId, n): [string, Command] => [
          `c${n}`,
          [
            'crm.item.list',
            {
              entityTypeId,
              select: ['id'],
              filter: { [stageField(entityTypeId)]: statusId },
              start: 0,
            },
          ],
        ]),
      );
      const out = await this.batch(commands);
      chunk.forEach((statusId, n) => {
        const total = out[`c${n}:total`];
        counts[statusId] = typeof total === 'number' ? total : 0;
      });
    }
    return counts;
  }

  async listItems(entityTypeId: number, statusId: string): Promise<ItemPage> {
    const out = await this.batch({
      list: [
        'crm.item.list',
        {
          entityTypeId,
          select: ['id'],
          filter: { [stageField(entityTypeId)]: statusId },
          order: { id: 'ASC' },
          start: 0,
        },
      ],
    });
    const items = (out['list'] as { items?: unknown } | undefined)?.items;
    const ids = Array.isArray(items)
      ? items
          .map((item) => Number((item as { id?: unknown } | null)?.id))
          .filter((id) => Number.isInteger(id) && id > 0)
      : [];
    const total = out['list:total'];
    return { ids, total: typeof total === 'number' ? total : ids.length };
  }

  async moveItems(entityTypeId: number, ids: readonly number[], toStatusId: string): Promise<void> {
    for (let i = 0; i < ids.length; i += BATCH_LIMIT) {
      const chunk = ids.slice(i, i + BATCH_LIMIT);
      await this.batch(
        Object.fromEntries(
          chunk.map((id, n): [string, Command] => [
            `m${n}`,
            [
              'crm.item.update',
              { entityTypeId, id, fields: { [stageField(entityTypeId)]: toStatusId } },
            ],
          ]),
        ),
      );
    }
  }

  fitHeight(height: number): void {
    this.hostActions.fitHeight(height);
  }

  async installPlacements(request: InstallRequest): Promise<InstallReport> {
    const failures = await installPlacements(this.b24, request);
    return { bound: [], skipped: [], failures };
  }

  finishInstall(): void {
    this.hostActions.finishInstall();
  }
}
