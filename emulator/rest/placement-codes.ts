// The placement codes a portal offers, by scope (docs/server-behaviour.md §3). The pipeline-settings
// buttons live in scope `crm` (crm/lib/integration/intranet/bindingmenu.php and its codebuilder):
// CRM_FUNNELS_TOOLBAR for deals always, one CRM_DYNAMIC_<id>_FUNNELS_TOOLBAR per existing
// smart-process type (stages enabled or not), CRM_SMART_INVOICE_FUNNELS_TOOLBAR only while smart
// invoices are on. Other codes are here so that placement.list looks like a real portal's.
import { smartProcessTypeIds } from '../setups';
import type { Portal } from '../state';

/** rest module's own global placement (rest/classes/general/rest_provider.php). */
const GLOBAL_CODES = ['REST_APP_URI', 'PAGE_BACKGROUND_WORKER'];

/** A few codes of scopes the stage editor does not ask for (placement.list FULL:true shows them). */
const OTHER_SCOPES: Record<string, string[]> = {
  task: ['TASK_VIEW_TAB', 'TASK_LIST_CONTEXT_MENU', 'TASK_VIEW_SIDEBAR'],
  calendar: ['CALENDAR_GRIDVIEW'],
  im: ['IM_NAVIGATION', 'IM_SIDEBAR', 'IM_TEXTAREA'],
  user: ['USER_PROFILE_MENU', 'USER_PROFILE_TOOLBAR'],
};

function crmCodes(portal: Portal): string[] {
  const codes = [
    'CRM_LEAD_LIST_MENU',
    'CRM_LEAD_DETAIL_TAB',
    'CRM_LEAD_LIST_TOOLBAR',
    'CRM_LEAD_ROBOT_DESIGNER_TOOLBAR',
    'CRM_DEAL_LIST_MENU',
    'CRM_DEAL_DETAIL_TAB',
    'CRM_DEAL_DETAIL_TOOLBAR',
    'CRM_DEAL_LIST_TOOLBAR',
    'CRM_DEAL_ROBOT_DESIGNER_TOOLBAR',
    'CRM_FUNNELS_TOOLBAR',
    'CRM_ANALYTICS_MENU',
  ];
  if (portal.settings.smartInvoices) {
    codes.push(
      'CRM_SMART_INVOICE_DETAIL_TAB',
      'CRM_SMART_INVOICE_LIST_TOOLBAR',
      'CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR',
      'CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
    );
  }
  for (const id of smartProcessTypeIds(portal)) {
    codes.push(
      `CRM_DYNAMIC_${id}_DETAIL_TAB`,
      `CRM_DYNAMIC_${id}_LIST_TOOLBAR`,
      `CRM_DYNAMIC_${id}_ROBOT_DESIGNER_TOOLBAR`,
      `CRM_DYNAMIC_${id}_FUNNELS_TOOLBAR`,
    );
  }
  return codes;
}

/** Codes per scope; `global` is the rest module's own. */
export function placementsByScope(portal: Portal): Record<string, string[]> {
  return { global: GLOBAL_CODES, crm: crmCodes(portal), placement: [], ...OTHER_SCOPES };
}

/** Codes of the given scopes (global always included unless `only` names a single scope). */
export function codesOf(portal: Portal, scopes: string[]): string[] {
  const all = placementsByScope(portal);
  return scopes.flatMap((s) => all[s] ?? []);
}

/** Every code of every scope: unbind and get look the code up here. */
export function allCodes(portal: Portal): string[] {
  return Object.values(placementsByScope(portal)).flat();
}

/** The pipeline-settings buttons only (the parent page's Placement menu). */
export function funnelCodes(portal: Portal): string[] {
  return crmCodes(portal).filter((c) => c.endsWith('_FUNNELS_TOOLBAR'));
}
