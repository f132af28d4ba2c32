// Portal settings: validation of a partial patch (POST /__emulator/<id>/settings, the parent page's
// toolbar) and the side effects of a change (the user behind the session, the set-ups).
import { setDisabledSmartProcess } from './setups';
import { applyFeatureSetting } from './feature-settings';
import type { Portal } from './state';
import type { Json, JsonObject, PortalSettings, UserKind } from './types';
import { USER_KINDS } from './users';

const LANGS = ['en', 'ru', 'de'];
const BOOLEAN_SETTINGS = ['install', 'firstRun', 'smartInvoices', 'disabledSmartProcess'] as const;

/** `admin` is the older spelling of the user: true = portal administrator, false = ordinary user. */
export function normaliseSettings(settings: PortalSettings & { user?: UserKind }): PortalSettings {
  const user = settings.user ?? (settings.admin === false ? 'ordinary' : 'portal-admin');
  return { ...settings, user, admin: user === 'portal-admin' };
}

function rateLimit(value: Json): PortalSettings['rateLimit'] | string {
  if (value === null) return null;
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof value['burst'] === 'number' &&
    typeof value['drainRate'] === 'number'
  ) {
    return { burst: value['burst'], drainRate: value['drainRate'] };
  }
  return 'rateLimit must be null or {burst, drainRate}';
}

/** Applies one key to `next`; returns an error message for a bad value. */
function applyKey(next: PortalSettings, key: string, value: Json): string | null {
  if ((BOOLEAN_SETTINGS as readonly string[]).includes(key) || key === 'admin') {
    if (typeof value !== 'boolean') return `${key} must be a boolean`;
    if (key === 'admin') next.user = value ? 'portal-admin' : 'ordinary';
    else next[key as (typeof BOOLEAN_SETTINGS)[number]] = value;
    return null;
  }
  switch (key) {
    case 'user':
      if (!USER_KINDS.includes(value as UserKind))
        return `user must be one of ${USER_KINDS.join(', ')}`;
      next.user = value as UserKind;
      return null;
    case 'answers':
      if (value !== 'server' && value !== 'docs') return "answers must be 'server' or 'docs'";
      next.answers = value;
      return null;
    case 'scopes':
      if (!Array.isArray(value) || !value.every((s) => typeof s === 'string')) {
        return 'scopes must be an array of strings';
      }
      next.scopes = value as string[];
      return null;
    case 'lang':
      if (typeof value !== 'string' || !LANGS.includes(value)) return 'lang must be en, ru or de';
      next.lang = value as PortalSettings['lang'];
      return null;
    case 'crmMode':
      if (value !== 'classic' && value !== 'simple') return 'crmMode must be classic or simple';
      next.crmMode = value;
      return null;
    case 'tokenLifetime':
      if (typeof value !== 'number' || value <= 0) return 'tokenLifetime must be > 0 (seconds)';
      next.tokenLifetime = value;
      return null;
    case 'rateLimit': {
      const limit = rateLimit(value);
      if (typeof limit === 'string') return limit;
      next.rateLimit = limit;
      return null;
    }
    case 'placement':
      if (typeof value !== 'string' || !value) return 'placement must be a non-empty string';
      next.placement = value;
      return null;
    case 'placementOptions':
      // Real portals send PLACEMENT_OPTIONS as '' where a page has none (docs/sdk.md §4).
      if (value === '') next.placementOptions = '';
      else if (!value || typeof value !== 'object' || Array.isArray(value)) {
        return "placementOptions must be an object or ''";
      } else next.placementOptions = value;
      return null;
    case 'refreshAuth':
      if (value !== 'answer' && value !== 'ignore')
        return "refreshAuth must be 'answer' or 'ignore'";
      next.refreshAuth = value;
      return null;
    default: {
      // Settings of the journal, pipelines and analytics features (feature-settings.ts).
      const problem = applyFeatureSetting(next, key, value);
      return problem === undefined ? `unknown setting ${key}` : problem;
    }
  }
}

/** Validates and applies a partial settings object. Returns an error message on bad input. */
export function applySettings(portal: Portal, patch: JsonObject): string | null {
  const next: PortalSettings = { ...portal.settings };
  for (const [key, value] of Object.entries(patch)) {
    const error = applyKey(next, key, value);
    if (error) return error;
  }
  next.admin = next.user === 'portal-admin';
  // Switching install mode on means the app is (re)installing: not installed until
  // installFinish() (docs/sdk.md §4).
  if (next.install && !portal.settings.install) portal.installed = false;
  // The user changed: the old session belongs to someone else now.
  if (next.user !== portal.settings.user) portal.tokens.follow(next.user);
  if (next.disabledSmartProcess !== portal.settings.disabledSmartProcess) {
    setDisabledSmartProcess(portal, next.disabledSmartProcess);
  }
  portal.settings = next;
  portal.onChange();
  return null;
}
