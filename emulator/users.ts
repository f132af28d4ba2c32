// The portal's users and what each may do (docs/server-behaviour.md §9). Bitrix24 has no single
// "admin" flag: a portal administrator may do everything; a CRM administrator (a CRM role with
// CONFIG write) edits CRM settings but is no portal administrator, so profile/IS_ADMIN say false
// and placement.* refuses them; an ordinary user reads; a user without any CRM item rights is
// refused every legacy crm.* call (crm/classes/general/restservice.php onRestServiceMethod).
import type { Caller, UserKind } from './types';

export interface PortalUser {
  id: number;
  kind: UserKind;
  name: string;
  lastName: string;
}

/** One fixed user per kind. Webhooks name the user in the URL: `/rest/<id>/<secret>/...`. */
export const USERS: readonly PortalUser[] = [
  { id: 1, kind: 'portal-admin', name: 'Portal', lastName: 'Administrator' },
  { id: 3, kind: 'crm-admin', name: 'Sales', lastName: 'Director' },
  { id: 5, kind: 'ordinary', name: 'Sales', lastName: 'Manager' },
  { id: 7, kind: 'no-item-rights', name: 'Office', lastName: 'Assistant' },
];

export const USER_KINDS: readonly UserKind[] = USERS.map((u) => u.kind);

export function userOfKind(kind: UserKind): PortalUser {
  return USERS.find((u) => u.kind === kind) ?? (USERS[2] as PortalUser);
}

/** Any user id the emulator does not know is an ordinary user. */
export function userById(id: number): PortalUser {
  return USERS.find((u) => u.id === id) ?? { ...userOfKind('ordinary'), id };
}

export function callerFor(userId: number, via: Caller['via']): Caller {
  const { kind } = userById(userId);
  return {
    userId,
    kind,
    via,
    admin: kind === 'portal-admin',
    crmAdmin: kind === 'portal-admin' || kind === 'crm-admin',
    readsItems: kind !== 'no-item-rights',
  };
}
