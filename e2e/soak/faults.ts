// The faults the soak injects now and then, before an operation, through the emulator's control
// API: refusals, dropped connections (before or after the portal applied a batch), slow batches
// and bursts of rate limiting.
import { internalError, type Fault } from '../portal-control';
import type { Random } from '../seeded-random';
import type { Soak } from './soak';

const FAULT_RATE = 0.05;

const FAULTS: { label: string; fault: (r: Random) => Fault }[] = [
  { label: 'update 500', fault: () => internalError('crm.status.update') },
  { label: 'add 500', fault: () => internalError('crm.status.add') },
  { label: 'delete 500', fault: () => internalError('crm.status.delete') },
  { label: 'drop after apply', fault: () => ({ type: 'drop', method: 'batch', after: true }) },
  { label: 'drop before apply', fault: () => ({ type: 'drop', method: 'batch', after: false }) },
  {
    label: 'slow batch',
    fault: (r) => ({ type: 'delay', method: 'batch', ms: r.int(1500, 5500) }),
  },
  { label: 'rate limit burst', fault: (r) => ({ type: 'rateLimit', count: r.int(1, 4) }) },
];

/** With a small chance, injects one fault for operation `n` and counts it in the summary. */
export async function maybeInjectFault(soak: Soak, n: number) {
  if (!soak.random.chance(FAULT_RATE)) return;
  const choice = soak.random.pick(FAULTS);
  const fault = choice.fault(soak.random);
  await soak.portal.fault(fault);
  soak.summary.faults[choice.label] = (soak.summary.faults[choice.label] ?? 0) + 1;
  soak.note(`#${n} fault ${JSON.stringify(fault)}`);
}
