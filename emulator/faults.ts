// Injected faults. They are consumed in FIFO order by the first request (or batch sub-command)
// whose method matches. Why sub-commands: a real portal can fail one command of a batch while the
// others succeed (result_error), and the app must show per-command errors (docs/sdk.md §2).
import { RestError } from './errors';
import type { Json } from './types';

export type FaultSpec =
  | {
      type: 'error';
      method: string | string[];
      count?: number;
      status: number;
      error: string;
      error_description: string;
    }
  | { type: 'delay'; method: string | string[]; count?: number; ms: number }
  | { type: 'drop'; method: string | string[]; count?: number; after?: boolean }
  | { type: 'rateLimit'; count?: number }
  /** "Accepted but not saved": the call answers `true` and changes nothing (docs/server-behaviour.md §1). */
  | { type: 'notSaved'; method: string | string[]; count?: number }
  /** Refused with an empty code: HTTP 400 `{"error":"","error_description":…}` (§0). */
  | { type: 'refusedEmptyCode'; method: string | string[]; count?: number; description: string };

/** Fault types that replace the method's answer (HTTP level, or one batch command). */
export const ANSWER_FAULTS: Fault['type'][] = ['error', 'notSaved', 'refusedEmptyCode'];

/** What a consumed answer fault makes the portal answer instead of running the method. */
export function faultAnswer(fault: Fault): { error: RestError } | { result: true } | null {
  if (fault.type === 'error') {
    return { error: new RestError(fault.status, fault.error, fault.error_description) };
  }
  if (fault.type === 'refusedEmptyCode')
    return { error: new RestError(400, '', fault.description) };
  if (fault.type === 'notSaved') return { result: true };
  return null;
}

export type Fault = FaultSpec & { remaining: number };

export class FaultList {
  private faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault = { ...spec, remaining: Math.max(1, Math.floor(spec.count ?? 1)) } as Fault;
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Consumes and returns the first fault of one of `types` matching `method`, if any. */
  take(method: string, types: Fault['type'][]): Fault | undefined {
    const index = this.faults.findIndex(
      (f) => types.includes(f.type) && (f.type === 'rateLimit' || matches(f.method, method)),
    );
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }
}

function matches(pattern: string | string[], method: string): boolean {
  const list = Array.isArray(pattern) ? pattern : [pattern];
  return list.some((p) => p === '*' || p.toLowerCase() === method.toLowerCase());
}

/** Validates a POST /__emulator/<id>/faults body. Returns an error message or the spec. */
export function parseFaultSpec(body: Json): FaultSpec | string {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'body must be an object';
  const type = body['type'];
  const method = body['method'];
  const count = body['count'];
  if (count !== undefined && (typeof count !== 'number' || count < 1)) {
    return 'count must be a positive number';
  }
  const methodOk =
    typeof method === 'string' ||
    (Array.isArray(method) && method.every((m) => typeof m === 'string'));
  const base = { count: count as number | undefined };
  switch (type) {
    case 'rateLimit':
      return { type, ...base };
    case 'error': {
      if (!methodOk) return 'method is required';
      const status = body['status'];
      const error = body['error'];
      const description = body['error_description'];
      if (typeof status !== 'number') return 'status must be a number';
      return {
        type,
        method: method as string | string[],
        ...base,
        status,
        error: typeof error === 'string' ? error : 'INTERNAL_SERVER_ERROR',
        error_description: typeof description === 'string' ? description : 'Internal server error',
      };
    }
    case 'delay': {
      if (!methodOk) return 'method is required';
      const ms = body['ms'];
      if (typeof ms !== 'number' || ms < 0) return 'ms must be a non-negative number';
      return { type, method: method as string | string[], ...base, ms };
    }
    case 'drop':
      if (!methodOk) return 'method is required';
      return { type, method: method as string | string[], ...base, after: body['after'] === true };
    case 'notSaved':
      if (!methodOk) return 'method is required';
      return { type, method: method as string | string[], ...base };
    case 'refusedEmptyCode': {
      if (!methodOk) return 'method is required';
      const description = body['description'];
      if (description !== undefined && typeof description !== 'string') {
        return 'description must be a string';
      }
      return {
        type,
        method: method as string | string[],
        ...base,
        description: description ?? 'The operation was refused.',
      };
    }
    default:
      return "type must be one of 'error', 'delay', 'drop', 'rateLimit', 'notSaved', 'refusedEmptyCode'";
  }
}
