import type { Page } from '@playwright/test';

export interface FrameMessage {
  command: string;
  params: Record<string, unknown>;
}

/** Every postMessage command the app sent to the portal page (window.__frameLog). */
export function frameLog(page: Page): Promise<FrameMessage[]> {
  return page.evaluate(() => (window as unknown as { __frameLog: FrameMessage[] }).__frameLog);
}
