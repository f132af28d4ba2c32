// crm.status.* and crm.settings.mode.get: the reading methods and the writing ones, as the server
// answers them (docs/server-behaviour.md §1). Where the REST docs word an error differently, the
// portal's `answers: 'docs'` setting picks their wording (status-errors.ts).
import type { MethodDef } from './context';
import { statusReadMethods } from './status-read';
import { statusWriteMethods } from './status-write';

export const statusMethods: Record<string, MethodDef> = {
  ...statusReadMethods,
  ...statusWriteMethods,
};
