import type { SendBatch } from './batch';
import { deferredCalls } from './deferred-calls';
import type { PipelineCalls } from './pipeline-calls';
import type { PipelinesPort } from './pipelines-port';

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
};

/**
 * `Portal.pipelines` (issue 13), its calls loaded on first use (deferred-calls.ts). `origin` is the portal's, as the SDK talks to it
 * (`https://example.bitrix24.com`); its host is what an exported set records.
 */
export function pipelinesPort(send: SendBatch, origin: string): PipelinesPort {
  const calls = deferredCalls<PipelineCalls>(
    () => import('./pipeline-calls').then((module) => module.pipelineCalls(send)),
    {
      list: true,
      add: true,
      rename: true,
      remove: true,
      countItems: true,
      readDirectories: true,
      sendStageWrites: true,
      moveItems: true,
    },
  );
  return { domain: hostOf(origin), ...calls };
}
