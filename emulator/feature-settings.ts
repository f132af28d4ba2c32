// Portal settings added for the change journal (entity.*), pipelines (crm.category.*) and stage
// analytics (crm.stagehistory.list): kept apart from settings of the stage editor itself so the
// two sets merge without touching each other. Set through POST /__emulator/<id>/settings.
import type { Caller, Json } from './types';

export interface FeatureSettings {
  /**
   * Whether the app may use its storage (entity.*): 'ok'; 'no-scope' (the token lacks the `entity`
   * scope: 401 insufficient_scope, docs/server-behaviour.md §10); 'no-rights' (the portal refuses:
   * 403 ACCESS_DENIED, §4).
   */
  appStorage: 'ok' | 'no-scope' | 'no-rights';
  /** The plan's deal-pipeline limit, counting the default pipeline; 0 = unlimited (§6). */
  dealCategoryLimit: number;
  /**
   * Whether a user who is not a portal admin sees the CRM's items. false = a user who may use the
   * CRM but reads none of these items (say, only their own, and they own none): lists come back
   * empty and updates get ACCESS_DENIED (§7, §8). A user with no item rights at all is another
   * case, the `no-item-rights` user kind (users.ts), refused every crm.* call.
   */
  itemRights: boolean;
  /** The portal's clock (ISO 8601), or null for the real one: server.time and new history rows. */
  now: string | null;
}

export function defaultFeatureSettings(): FeatureSettings {
  return { appStorage: 'ok', dealCategoryLimit: 0, itemRights: true, now: null };
}

const FEATURE_KEYS = ['appStorage', 'dealCategoryLimit', 'itemRights', 'now'];

/**
 * Applies one feature setting onto `next`. Returns undefined when `key` is not a feature setting,
 * null when applied, or the error message.
 */
export function applyFeatureSetting(
  next: FeatureSettings,
  key: string,
  value: Json,
): string | null | undefined {
  if (!FEATURE_KEYS.includes(key)) return undefined;
  switch (key) {
    case 'appStorage':
      if (value !== 'ok' && value !== 'no-scope' && value !== 'no-rights') {
        return "appStorage must be 'ok', 'no-scope' or 'no-rights'";
      }
      next.appStorage = value;
      return null;
    case 'dealCategoryLimit':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        return 'dealCategoryLimit must be an integer >= 0 (0 = unlimited)';
      }
      next.dealCategoryLimit = value;
      return null;
    case 'itemRights':
      if (typeof value !== 'boolean') return 'itemRights must be a boolean';
      next.itemRights = value;
      return null;
    default:
      if (value !== null && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) {
        return 'now must be an ISO 8601 date-time or null';
      }
      next.now = value;
      return null;
  }
}

/** The portal's "now" (see FeatureSettings.now). */
export function portalNow(settings: FeatureSettings): Date {
  return settings.now ? new Date(settings.now) : new Date();
}

/** Portal admins read every item; others only with item rights (docs/server-behaviour.md §9). */
export function canReadItems(settings: FeatureSettings, caller: Caller): boolean {
  return caller.admin || settings.itemRights;
}
