// The tenants of one emulator process, found by id, access token or webhook secret; with --data the
// `default` portal is loaded from and saved to a JSON file.
import { readFileSync, writeFileSync } from 'node:fs';
import { normaliseSettings } from './settings';
import { setDisabledSmartProcess } from './setups';
import { Portal, type Snapshot } from './state';

export const PORTAL_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export class PortalRegistry {
  private readonly portals = new Map<string, Portal>();
  private generated = 0;

  constructor(private readonly dataFile?: string) {
    const portal = this.create('default');
    if (dataFile) {
      try {
        portal.restore(JSON.parse(readFileSync(dataFile, 'utf8')) as Partial<Snapshot>);
        portal.settings = normaliseSettings(portal.settings);
        setDisabledSmartProcess(portal, portal.settings.disabledSmartProcess);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      portal.onChange = () => this.persist();
    }
  }

  /** Creates (or replaces) a fresh portal seeded from seed.ts. */
  create(id?: string): Portal {
    const portalId = id ?? `p${Date.now().toString(36)}${(this.generated++).toString(36)}`;
    const portal = new Portal(portalId);
    if (portalId === 'default' && this.dataFile) portal.onChange = () => this.persist();
    this.portals.set(portalId, portal);
    return portal;
  }

  get(id: string): Portal | undefined {
    return this.portals.get(id);
  }

  /** Finds the tenant an access token was issued by, current or stale. */
  byToken(token: string): Portal | undefined {
    for (const portal of this.portals.values()) {
      if (portal.tokens.knows(token)) return portal;
    }
    return undefined;
  }

  /** Webhook secrets are `secret-<portalId>` (see README). */
  bySecret(secret: string): Portal | undefined {
    if (!secret.startsWith('secret-')) return undefined;
    return this.portals.get(secret.slice('secret-'.length));
  }

  persist(): void {
    const portal = this.portals.get('default');
    if (!this.dataFile || !portal) return;
    writeFileSync(this.dataFile, `${JSON.stringify(portal.snapshot(), null, 2)}\n`);
  }
}
