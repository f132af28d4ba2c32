import { describe, expect, it } from 'vitest';
import { classify, plainText, type Refusal } from './portal-error';

const r = (code: string, description: string, method: string, status = 400): Refusal => ({
  code,
  description,
  method,
  status,
});

// Each refusal in the real server's shape (an empty code, the sentence in the description,
// docs/server-behaviour.md §1) and in the REST docs' shape (the sentence as the code).
describe('classify, by code AND sentence AND method, never by one alone', () => {
  it.each([
    [
      'server: update by a non CRM admin',
      r('', 'Access denied.', 'crm.status.update'),
      'access-denied',
    ],
    [
      'docs: update by a non CRM admin',
      r('Access denied.', 'No permission to perform the operation.', 'crm.status.update'),
      'access-denied',
    ],
    [
      'server: list without any CRM read right',
      r('', 'Access denied.', 'crm.status.list'),
      'no-crm-access',
    ],
    [
      'server: placement.bind by a non-admin (403)',
      r('ACCESS_DENIED', 'Access denied!', 'placement.bind', 403),
      'admin-required',
    ],
    [
      'docs: placement.bind by a non-admin',
      r('Access denied.', 'No permission', 'placement.bind'),
      'admin-required',
    ],
    [
      'server: crm.item.update without item rights',
      r('ACCESS_DENIED', 'Access denied', 'crm.item.update'),
      'items-access-denied',
    ],
    [
      'server: the app storage without a right on it (403)',
      r('ACCESS_DENIED', 'Access denied!', 'entity.item.add', 403),
      'storage-denied',
    ],
    [
      'server: the app installed without the entity scope',
      r('insufficient_scope', '', 'entity.item.get', 401),
      'insufficient-scope',
    ],
    [
      'REST off on the plan',
      r('ACCESS_DENIED', 'REST is available only on commercial plans', 'batch', 401),
      'rest-unavailable',
    ],
    [
      'server: stage deleted meanwhile',
      r('', 'Status is not found.', 'crm.status.update'),
      'not-found',
    ],
    [
      'server: get of a deleted stage',
      r('', 'CRM Status is not found.', 'crm.status.get'),
      'not-found',
    ],
    [
      'docs: stage deleted meanwhile',
      r('Status is not found.', 'Directory item not found.', 'crm.status.delete'),
      'not-found',
    ],
    [
      'server: deal stage with deals',
      r('', 'There are active items in this status.', 'crm.status.delete'),
      'has-items',
    ],
    [
      'docs: deal stage with deals',
      r('There are active items in this status.', 'There are related items', 'crm.status.delete'),
      'has-items',
    ],
    [
      'server: smart-process stage with items (localised)',
      r('', 'Стадия содержит элементы', 'crm.status.delete'),
      'refused',
    ],
    [
      'server: duplicate STATUS_ID',
      r('ERROR_CORE', 'Идентификатор уже существует<br>', 'crm.status.add'),
      'refused',
    ],
    [
      'server: FORCED missing',
      r(
        '',
        'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".',
        'crm.status.delete',
      ),
      'refused',
    ],
    [
      'rate limit after retries',
      r('QUERY_LIMIT_EXCEEDED', 'Too many requests', 'batch', 503),
      'rate-limit',
    ],
    ['no answer', r('NETWORK_ERROR', 'Network connection failed', 'batch', 0), 'network'],
    [
      'token gone',
      r('expired_token', 'The access token provided has expired.', 'batch', 401),
      'session-expired',
    ],
    ['scope missing', r('insufficient_scope', '', 'crm.status.list', 401), 'insufficient-scope'],
    [
      'a 500',
      r('INTERNAL_SERVER_ERROR', 'Internal server error', 'crm.status.update', 500),
      'server',
    ],
  ] as const)('%s → %s', (_name, refusal, kind) => {
    expect(classify(refusal)).toBe(kind);
  });
});

describe('classify, when the whole request was refused', () => {
  it.each([
    [r('Access denied.', 'Access denied.', 'batch'), 'access-denied'],
    [r('', 'Access denied.', 'batch'), 'access-denied'],
    [r('ACCESS_DENIED', 'Access denied!', 'batch', 403), 'rest-unavailable'],
  ] as const)('%j → %s', (refusal, kind) => {
    expect(classify(refusal)).toBe(kind);
  });
});

describe('plainText', () => {
  it.each([
    ['Already exists<br>', 'Already exists'],
    ['One<br/>Two<BR>', 'One\nTwo'],
    ['<b>bold</b> text', 'bold text'],
    ['plain', 'plain'],
  ])('%s → %s', (html, text) => {
    expect(plainText(html)).toBe(text);
  });
});
