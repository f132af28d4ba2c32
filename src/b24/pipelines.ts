import type { SendBatch } from './batch';
import { pipelineCalls } from './pipeline-calls';
import type { PipelinesPort } from './pipelines-port';

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
};

/**
 * `Portal.pipelines` (issue 13). `origin` is the portal's, as the SDK talks to it
 * (`https://example.bitrix24.com`); its host is what an exported set records.
 */
export function pipelinesPort(send: SendBatch, origin: string): PipelinesPort {
  return { domain: hostOf(origin), ...pipelineCalls(send) };
}
