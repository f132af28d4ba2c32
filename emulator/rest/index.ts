// The method table. Method names are case-insensitive on a real portal (REST lowercases them).
import { appMethods } from './app';
import type { MethodDef } from './context';
import { itemMethods } from './items';
import { stageHistoryMethods } from './stagehistory';
import { categoryMethods } from './category';
import { entityMethods } from './entity';
import { entityItemMethods } from './entity-item';
import { statusMethods } from './status';

const table = new Map<string, MethodDef>(
  Object.entries({
    ...statusMethods,
    ...itemMethods,
    ...appMethods,
    // Journal, pipelines and analytics features:
    ...stageHistoryMethods,
    ...categoryMethods,
    ...entityMethods,
    ...entityItemMethods,
  }).map(([k, v]) => [k.toLowerCase(), v]),
);

export function findMethod(method: string): MethodDef | undefined {
  return table.get(method.toLowerCase());
}

export { type RestContext, type RestResult } from './context';
