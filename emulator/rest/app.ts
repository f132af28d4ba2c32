// Application-level methods an install page or the SDK's B24HelperManager uses (b24jssdk.md §4.8,
// §6): app.info, profile, server.time, scope, placement.*, app.option.*, user.option.*.
import { RestError } from '../errors';
import { portalNow } from '../feature-settings';
import { isoSeconds } from '../seed';
import type { JsonObject, PlacementBinding } from '../types';
import { asObject, asString, type MethodDef } from './context';

/** Scopes the stage editor asks for in its manifest (marketplace: request only what is used). */
export const APP_SCOPES = ['crm', 'placement'];

function optionValue(store: JsonObject, params: JsonObject) {
  const name = asString(params['option']);
  return name ? (store[name] ?? null) : store;
}

function setOptions(store: JsonObject, params: JsonObject): void {
  const options = asObject(params['options']);
  if (Object.keys(options).length === 0) {
    throw new RestError(400, 'ERROR_CORE', 'Wrong option list');
  }
  Object.assign(store, options);
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

  scope: { handler: () => ({ result: APP_SCOPES }) },

  profile: {
    handler: (_p, { caller }) => ({
      result: {
        ID: String(caller.userId),
        ADMIN: caller.admin,
        NAME: caller.admin ? 'Portal' : 'Sales',
        LAST_NAME: caller.admin ? 'Administrator' : 'Manager',
        PERSONAL_GENDER: '',
        PERSONAL_PHOTO: '',
        TIME_ZONE: '',
        TIME_ZONE_OFFSET: 0,
      },
    }),
  },

  'placement.get': {
    handler: (_p, { portal }) => ({
      result: portal.placements.map((p) => ({
        placement: p.placement,
        handler: p.handler,
        title: p.title,
        description: p.description,
        groupName: p.groupName,
        options: p.options,
        langAll: p.langAll,
      })),
    }),
  },

  'placement.bind': {
    write: true,
    handler: (params, { portal, caller }) => {
      const placement = asString(params['PLACEMENT']).toUpperCase();
      const handler = asString(params['HANDLER']);
      if (!placement) throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found');
      if (!/^https?:\/\//.test(handler)) {
        throw new RestError(400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL');
      }
      if (portal.placements.some((p) => p.placement === placement && p.handler === handler)) {
        throw new RestError(
          400,
          'ERROR_CORE',
          'Unable to set placement handler: Handler already binded',
        );
      }
      const binding: PlacementBinding = {
        placement,
        handler,
        title: asString(params['TITLE']),
        description: asString(params['DESCRIPTION']),
        groupName: asString(params['GROUP_NAME']),
        options: asObject(params['OPTIONS']),
        langAll: asObject(params['LANG_ALL']),
        userId: caller.userId,
      };
      portal.placements.push(binding);
      portal.onChange();
      return { result: true };
    },
  },

  'placement.unbind': {
    write: true,
    handler: (params, { portal }) => {
      const placement = asString(params['PLACEMENT']).toUpperCase();
      const handler = asString(params['HANDLER']);
      if (!placement) throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found');
      const before = portal.placements.length;
      portal.placements = portal.placements.filter(
        (p) => !(p.placement === placement && (!handler || p.handler === handler)),
      );
      portal.onChange();
      return { result: { count: before - portal.placements.length } };
    },
  },

  'app.option.get': {
    handler: (params, { portal }) => ({ result: optionValue(portal.appOptions, params) }),
  },

  'app.option.set': {
    write: true,
    handler: (params, { portal }) => {
      setOptions(portal.appOptions, params);
      portal.onChange();
      return { result: true };
    },
  },

  'user.option.get': {
    handler: (params, { portal, caller }) => ({
      result: optionValue(portal.userOptions[String(caller.userId)] ?? {}, params),
    }),
  },

  'user.option.set': {
    handler: (params, { portal, caller }) => {
      const key = String(caller.userId);
      const store = portal.userOptions[key] ?? {};
      setOptions(store, params);
      portal.userOptions[key] = store;
      portal.onChange();
      return { result: true };
    },
  },
};
