import { describe, expect, it } from 'vitest';
import { BATCH_LIMIT, chunked, encodeQuery, outcomeOf, runBatch } from './batch';

describe('encodeQuery: a batch row as the portal parses it (PHP parse_str)', () => {
  it.each([
    [{ id: 109 }, 'id=109'],
    [{ filter: { ENTITY_ID: 'DEAL_STAGE' } }, 'filter%5BENTITY_ID%5D=DEAL_STAGE'],
    [{ select: ['id', 'title'] }, 'select%5B0%5D=id&select%5B1%5D=title'],
    [{ fields: { NAME: 'A & B = C?' } }, 'fields%5BNAME%5D=A%20%26%20B%20%3D%20C%3F'],
    [{ fields: { NAME: "it's (new)!" } }, 'fields%5BNAME%5D=it%27s%20%28new%29%21'],
    [{ a: null, b: undefined, c: true }, 'a=&c=true'],
    [{ id: '$result[2][0][ID]' }, 'id=%24result%5B2%5D%5B0%5D%5BID%5D'],
    [
      { LANG_ALL: { ru: { TITLE: 'Редактор' } } },
      'LANG_ALL%5Bru%5D%5BTITLE%5D=%D0%A0%D0%B5%D0%B4%D0%B0%D0%BA%D1%82%D0%BE%D1%80',
    ],
    [{}, ''],
  ])('%j → %s', (params, query) => {
    expect(encodeQuery(params)).toBe(query);
  });
});

describe('outcomeOf: the single per-command check', () => {
  it('reads a result list, totals as numbers or strings', () => {
    const answer = { result: [[1], true], result_error: [], result_total: ['8'] };
    expect(outcomeOf(answer, 0, 'crm.status.list')).toEqual({
      status: 'ok',
      result: [1],
      total: 8,
    });
    expect(outcomeOf(answer, 1, 'crm.status.update')).toEqual({
      status: 'ok',
      result: true,
      total: null,
    });
  });

  it('an EMPTY error code is a failure, with the portal’s sentence', () => {
    const answer = {
      result: { 0: true },
      result_error: { 1: { error: '', error_description: 'Access denied.' } },
    };
    const outcome = outcomeOf(answer, 1, 'crm.status.update');
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.error.kind).toBe('access-denied');
    expect(outcome.error.description).toBe('Access denied.');
    expect(outcome.error.method).toBe('crm.status.update');
  });

  it('a null result is a result; a missing one (halt) was not run', () => {
    expect(outcomeOf({ result: [null] }, 0, 'app.option.get').status).toBe('ok');
    expect(outcomeOf({ result: [true], result_error: [] }, 1, 'x').status).toBe('skipped');
  });

  it('reads ERROR_CORE text as plain text, without the portal’s <br>', () => {
    const answer = {
      result: [],
      result_error: [
        { error: 'ERROR_CORE', error_description: 'Такой идентификатор уже есть<br>' },
      ],
    };
    const outcome = outcomeOf(answer, 0, 'crm.status.add');
    expect(outcome.status === 'failed' && outcome.error.description).toBe(
      'Такой идентификатор уже есть',
    );
  });

  it('a bare code string as the error row still fails', () => {
    const outcome = outcomeOf({ result_error: ['insufficient_scope'] }, 0, 'crm.status.list');
    expect(outcome.status === 'failed' && outcome.error.kind).toBe('insufficient-scope');
  });
});

describe('runBatch', () => {
  it('never sends more than 50 commands', async () => {
    const sent: number[] = [];
    const send = ({ cmd }: { cmd: string[] }) => {
      sent.push(cmd.length);
      return Promise.resolve({ result: cmd.map(() => true) });
    };
    const many = Array.from({ length: BATCH_LIMIT + 1 }, () => ['x', {}] as const);
    await expect(runBatch(send, many)).rejects.toMatchObject({ code: 'BATCH_TOO_LARGE' });
    expect(sent).toEqual([]);
    expect(await runBatch(send, many.slice(1))).toHaveLength(BATCH_LIMIT);
  });

  it('sends a command without parameters as the bare method', async () => {
    let rows: string[] = [];
    await runBatch(
      ({ cmd }) => {
        rows = cmd;
        return Promise.resolve({ result: [[]] });
      },
      [['crm.status.entity.types', {}]],
    );
    expect(rows).toEqual(['crm.status.entity.types']);
  });
});

describe('chunked', () => {
  it.each([
    [0, 1, [0]],
    [49, 1, [49]],
    [50, 1, [49, 1]],
    [120, 2, [48, 48, 24]],
    [100, 0, [50, 50]],
  ])('%i items, %i reserved → %j', (n, reserve, sizes) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const chunks = chunked(items, reserve);
    expect(chunks.map((c) => c.length)).toEqual(sizes);
    expect(chunks.flat()).toEqual(items);
  });
});
