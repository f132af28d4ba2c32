// Application-level methods an install page or the SDK's B24HelperManager uses (docs/sdk.md §4):
// app.info, profile, user.admin, user.current, server.time, scope, app.option.*, user.option.*,
// and placement.* (placement.ts). Shapes from rest/classes/general/rest_provider.php and
// rest/lib/api/user.php (docs/server-behaviour.md §5, §9).
import { Errors } from '../errors';
import { portalNow } from '../feature-settings';
import { isoSeconds } from '../seed';
import type { Caller, JsonObject } from '../types';
import { userById } from '../users';
import { asObject, asString, type MethodDef } from './context';
import { placementMethods } from './placement';

/** The scopes the stage editor asks for by default; a portal's `scopes` setting replaces them. */
export const APP_SCOPES = ['crm', 'entity', 'placement'];

function optionValue(store: JsonObject, params: JsonObject) {
  const name = asString(params['option']);
  return name ? (store[name] ?? null) : Object.keys(store).length ? store : [];
}

/** `{options:{…}}` or the options themselves, merged into what is stored. */
function setOptions(store: JsonObject, params: JsonObject): void {
  const options = params['options'] === undefined ? params : asObject(params['options']);
  if (Object.keys(options).length === 0) throw Errors.argumentNull('options');
  Object.assign(store, options);
}

/** Options belong to an app: a webhook has none (rest_provider.php: "Application context required"). */
function requireApp(caller: Caller): void {
  if (caller.via !== 'oauth') throw Errors.restAccessDenied('Application context required');
}

export const appMethods: Record<string, MethodDef> = {
  'app.info': {
    handler: (_p, { portal }) => ({
      result: {
        ID: 7,
        CODE: 'local.stage-editor',
        VERSION: 1,
        STATUS: 'L',
        INSTALLED: portal.installed,
        PAYMENT_EXPIRED: 'N',
        DAYS: null,
        LANGUAGE_ID: portal.settings.lang,
        LICENSE: 'en_project',
        LICENSE_TYPE: 'project',
        LICENSE_FAMILY: 'project',
      },
    }),
  },

  // The `now` setting (feature-settings.ts) lets analytics tests pin the portal's clock.
  'server.time': {
    handler: (_p, { portal }) => ({ result: isoSeconds(portalNow(portal.settings)) }),
  },

  scope: {
    handler: (_p, { portal, caller }) => ({
      result: caller.via === 'oauth' ? portal.settings.scopes : APP_SCOPES,
    }),
  },

  // ADMIN is the PORTAL administrator flag (CRestUtil::isAdmin): a CRM administrator gets false.
  profile: {
    handler: (_p, { caller }) => {
      const user = userById(caller.userId);
      return {
        result: {
          ID: String(caller.userId),
          ADMIN: caller.admin,
          NAME: user.name,
          LAST_NAME: user.lastName,
          PERSONAL_GENDER: '',
          PERSONAL_PHOTO: '',
          TIME_ZONE: '',
          TIME_ZONE_OFFSET: 0,
        },
      };
    },
  },

  'user.admin': { handler: (_p, { caller }) => ({ result: caller.admin }) },

  // Needs a user scope; carries no admin or role data.
  'user.current': {
    handler: (_p, { caller }) => {
      const user = userById(caller.userId);
      return {
        result: {
          ID: String(user.id),
          ACTIVE: true,
          NAME: user.name,
          LAST_NAME: user.lastName,
          SECOND_NAME: '',
          EMAIL: `user${user.id}@example.test`,
          PERSONAL_GENDER: '',
          TIME_ZONE: '',
          USER_TYPE: 'employee',
        },
      };
    },
  },

  ...placementMethods,

  'app.option.get': {
    handler: (params, { portal, caller }) => {
      requireApp(caller);
      return { result: optionValue(portal.appOptions, params) };
    },
  },

  // rest_provider.php appOptionSet: portal administrators only, after the empty check.
  'app.option.set': {
    handler: (params, { portal, caller }) => {
      requireApp(caller);
      setOptions({}, params);
      if (!caller.admin) throw Errors.restAccessDenied('Administrator authorization required');
      setOptions(portal.appOptions, params);
      portal.onChange();
      return { result: true };
    },
  },

  'user.option.get': {
    handler: (params, { portal, caller }) => {
      requireApp(caller);
      return { result: optionValue(portal.userOptions[String(caller.userId)] ?? {}, params) };
    },
  },

  'user.option.set': {
    handler: (params, { portal, caller }) => {
      requireApp(caller);
      const key = String(caller.userId);
      const store = portal.userOptions[key] ?? {};
      setOptions(store, params);
      portal.userOptions[key] = store;
      portal.onChange();
      return { result: true };
    },
  },
};
