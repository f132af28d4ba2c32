// What the parent page's script receives from the portal (page config and /__portal/<id>/session).

export interface FaultPreset {
  label: string;
  path: string;
  body?: object;
}

export interface PageConfig {
  portal: string;
  appUrl: string;
  presets: Record<string, FaultPreset>;
}

/** The subset of PortalSettings (emulator/types.ts) the page reads. */
export interface PageSettings {
  user: string;
  admin: boolean;
  answers: string;
  lang: string;
  crmMode: string;
  smartInvoices: boolean;
  disabledSmartProcess: boolean;
  placement: string;
  placementOptions: Record<string, unknown> | '';
  install: boolean;
  firstRun: boolean;
}

export interface Session {
  AUTH_ID: string;
  AUTH_EXPIRES: number;
  REFRESH_ID: string;
  MEMBER_ID: string;
  settings: PageSettings;
  appOptions: Record<string, unknown>;
  userOptions: Record<string, unknown>;
  installed: boolean;
  /** The pipeline buttons the portal offers (plus DEFAULT). */
  placements: string[];
}
