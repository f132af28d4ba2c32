import { SdkError, type AjaxResult, type TypeB24 } from '@bitrix24/b24jssdk';
import type { Stage } from '../domain/stage';
import { PortalError, kindOf } from './portal-error';
import { toPortalError } from './portal-error-from-sdk';
import type { CrmMode, Portal, StageUpdate, StartData, WriteFailure } from './portal';
import { directoriesFromRows, stagesFromRows } from './rows';

/** The portal pages crm.status.list by 50 rows (`next`/`total`), like every list method. */
const PAGE = 50;
/** The portal runs at most 50 commands per batch; the SDK refuses more before sending. */
const BATCH_LIMIT = 50;

type Command = [method: string, params: Record<string, unknown>];

const listParams = (entityId: string, start = 0) => ({
  order: { SORT: 'ASC', ID: 'ASC' },
  filter: { ENTITY_ID: entityId },
  start,
});

function commandError(result: AjaxResult<unknown>, method: string): PortalError {
  const answer = result as unknown as { getErrorMessages(): string[] };
  const [first] = result.getErrors();
  const code = first instanceof SdkError ? first.code : '';
  const description = answer.getErrorMessages().join(' ') || code;
  return new PortalError(kindOf(code, 400), code, description, method);
}

/**
 * The only code that calls the SDK. Works with B24Frame (inside the portal) and B24Hook
 * (webhook, development): both expose `actions.v2`.
 */
export class SdkPortal implements Portal {
  constructor(
    private readonly b24: TypeB24,
    readonly isAdmin: boolean,
    readonly lang: string,
    readonly lastDirectory: string | null,
    private readonly saveDirectory: (entityId: string) => void,
  ) {}

  /**
   * Runs named commands in one batch with `halt: 0` and checks each result itself: the SDK's
   * batch never throws for a failed command, and an error with an empty code is even reported
   * as a success with an undefined result.
   */
  private async batch(commands: Record<string, Command>): Promise<Record<string, unknown>> {
    let response;
    try {
      response = await this.b24.actions.v2.batch.make({
        calls: commands,
        options: { isHaltOnError: false, returnAjaxResult: true },
      });
    } catch (error) {
      throw toPortalError(error, 'batch');
    }
    const byKey = (response.getData() ?? {}) as Record<string, AjaxResult<unknown> | undefined>;
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
    return { directories, crmMode, stages };
  }

  async loadStages(entityId: string): Promise<Stage[]> {
    const out = await this.batch({ stages: ['crm.status.list', listParams(entityId)] });
    return this.restOfPages(entityId, out['stages'], out['stages:total']);
  }

  async updateStages(updates: readonly StageUpdate[]): Promise<WriteFailure[]> {
    const failures: WriteFailure[] = [];
    for (let i = 0; i < updates.length; i += BATCH_LIMIT) {
      const chunk = updates.slice(i, i + BATCH_LIMIT);
      const calls = Object.fromEntries(
        chunk.map((u, n): [string, Command] => [
          `u${n}`,
          ['crm.status.update', { id: u.id, fields: u.fields }],
        ]),
      );
      let response;
      try {
        response = await this.b24.actions.v2.batch.make({
          calls,
          options: { isHaltOnError: false, returnAjaxResult: true },
        });
      } catch (error) {
        const portalError = toPortalError(error, 'batch');
        // The whole request failed: none of this chunk or the rest is known to have landed.
        for (const update of updates.slice(i)) failures.push({ update, error: portalError });
        return failures;
      }
      const byKey = (response.getData() ?? {}) as Record<string, AjaxResult<unknown> | undefined>;
      chunk.forEach((update, n) => {
        const result = byKey[`u${n}`];
        // crm.status.update answers `true`; anything else (even a "success" with no result,
        // which is how the SDK reports an empty error code) did not land.
        if (result?.isSuccess && result.getData()?.result === true) return;
        const error = result
          ? result.isSuccess
            ? new PortalError('refused', '', '', 'crm.status.update')
            : commandError(result, 'crm.status.update')
          : new PortalError('server', '', '', 'crm.status.update');
        failures.push({ update, error });
      });
    }
    return failures;
  }

  rememberDirectory(entityId: string): void {
    this.saveDirectory(entityId);
  }
}
