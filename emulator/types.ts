// Shared emulator types. Rows are kept in their REST shape (strings where the portal sends strings,
// docs/server-behaviour.md §1) so the state endpoint and the REST answers never drift apart.

import type { FeatureSettings } from './feature-settings';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One crm.status row exactly as crm.status.list returns it. Planted rows may carry odd types. */
export interface StatusRow {
  ID: string;
  ENTITY_ID: string;
  STATUS_ID: string;
  NAME: string;
  NAME_INIT: string;
  SORT: string;
  SYSTEM: 'Y' | 'N';
  CATEGORY_ID: string | null;
  COLOR: string;
  SEMANTICS: 'S' | 'F' | 'P' | '' | null;
  /** Never stored by the emulator: computed on output (status-view.ts). Planted rows may carry it. */
  EXTRA?: { SEMANTICS: string; COLOR: string };
}

/** One crm.status.entity.types entry, field for field as documented. */
export type EntityType = JsonObject & { ID: string; NAME: string };

/** A CRM item (deal, lead, smart-process item, invoice...) reduced to what stage editing needs. */
export interface CrmItem {
  id: number;
  entityTypeId: number;
  categoryId: number;
  stageId: string;
  title: string;
  opportunity: number;
  currencyId: string;
  assignedById: number;
  createdTime: string;
  updatedTime: string;
  /** In the recycle bin: hidden from lists, still blocks deleting its pipeline (§6). */
  recycled?: boolean;
}

export interface StageHistoryRow {
  ID: number;
  /** 1 created, 2 moved to an intermediate stage, 3 moved to a final stage, 5 pipeline changed. */
  TYPE_ID: 1 | 2 | 3 | 5;
  OWNER_ID: number;
  ENTITY_TYPE_ID: number;
  CREATED_TIME: string;
  CATEGORY_ID: number;
  STAGE_SEMANTIC_ID: 'P' | 'S' | 'F';
  STAGE_ID: string;
}

export interface PlacementBinding {
  /** The binding's id (placement.get), ascending in the order of binding. */
  id: number;
  placement: string;
  handler: string;
  title: string;
  description: string;
  groupName: string;
  options: JsonObject;
  langAll: JsonObject;
  userId: number;
}

export interface RateLimitSettings {
  burst: number;
  drainRate: number;
}

/**
 * How errors are worded: 'server' as the Bitrix24 server code answers (the default), 'docs' as the
 * REST docs show them (sentence as code, e.g. `Duplicate STATUS_ID.`). Only error shapes differ.
 */
export type AnswerMode = 'server' | 'docs';

/** Who is signed in to the portal (users.ts): their rights decide what the REST API allows. */
export type UserKind = 'portal-admin' | 'crm-admin' | 'ordinary' | 'no-item-rights';

export interface PortalSettings extends FeatureSettings {
  answers: AnswerMode;
  user: UserKind;
  /** Kept for older tests: true = `user: 'portal-admin'`, false = `user: 'ordinary'`. */
  admin: boolean;
  /** Smart invoices on (their stage directory, items and placement code exist). */
  smartInvoices: boolean;
  /** A second smart process whose stages are disabled (IS_ENABLED false in entity.types). */
  disabledSmartProcess: boolean;
  /** The scopes the installed app was granted (checked for the frame token; webhooks have all). */
  scopes: string[];
  lang: 'en' | 'ru' | 'de';
  crmMode: 'classic' | 'simple';
  /** Access token lifetime in seconds (AUTH_EXPIRES). The real portal uses 3600. */
  tokenLifetime: number;
  rateLimit: RateLimitSettings | null;
  placement: string;
  /** An object, or '' as real portals send for pages without options. */
  placementOptions: JsonObject | '';
  install: boolean;
  firstRun: boolean;
  refreshAuth: 'answer' | 'ignore';
}

export interface JournalEntry {
  seq: number;
  at: string;
  method: string;
  params: Json;
  status: number;
  error?: string;
  parent?: number;
}

/** The caller of a REST method after authentication. */
export interface Caller {
  userId: number;
  kind: UserKind;
  /** Portal administrator (profile ADMIN, IS_ADMIN, placement.*, app.option.set). */
  admin: boolean;
  /** May edit CRM settings (crm.status writes): a portal admin or a CRM role with CONFIG write. */
  crmAdmin: boolean;
  /** May read some CRM items: every legacy crm.* call needs this first. */
  readsItems: boolean;
  /** 'hook' for the webhook route, 'oauth' for a frame token. */
  via: 'hook' | 'oauth';
}
