// crm.status.* refusals: the server's shape first, then the docs' (docs/server-behaviour.md §1).
// The server throws a RestException with no code for all of them, so they arrive as HTTP 400
// `{"error":"","error_description":"<sentence>"}` (crm/classes/general/restservice.php,
// CCrmStatusRestProxy and CCrmRestProxyBase); the docs show the sentence as the code instead.
// STATUS_ID problems are the exception: CCrmStatus::CheckFields raises an application exception,
// so the rest module answers ERROR_CORE with its text (crm/classes/general/crm_status.php
// CheckFields; rest/classes/general/rest.php processException).
import { Errors, RestError, restError } from '../errors';
import type { PortalSettings } from '../types';
import { NAME_MAX_LENGTH } from './status-rules';
import { texts } from './status-texts';

type Lang = PortalSettings['lang'];

const sentence = (text: string, docsDescription: string) =>
  restError([400, '', text], [400, text, docsDescription]);
const plain = (text: string, docsText = text) => restError([400, '', text], [400, '', docsText]);

export type StatusIdProblem = 'too-long' | 'bad-chars' | 'duplicate';

export const StatusErrors = {
  accessDenied: Errors.crmAccessDenied,
  invalidId: () =>
    restError(
      [400, '', 'ID is not defined or invalid.'],
      [400, 'Invalid identifier.', 'An invalid identifier was provided.'],
    ),
  notFound: () => sentence('Status is not found.', 'Directory item not found.'),
  /** crm.status.get words it differently from update and delete. */
  getNotFound: () =>
    restError(
      [400, '', 'CRM Status is not found.'],
      [400, 'Status is not found.', 'Directory item not found.'],
    ),
  notArray: (name: 'fields' | 'params' | 'order' | 'filter') =>
    restError(
      [400, '', `Parameter '${name}' must be array.`],
      [400, 'Invalid parameters.', 'Invalid parameters were provided.'],
    ),
  /** Both missing fields are reported at once, one sentence per line. */
  required: (fields: string[]) =>
    plain(fields.map((f) => `The field ${f} is required.`).join('\n')),
  entityNotSupported: () =>
    sentence(
      'Specified entity type is not supported.',
      'An unsupported directory type was specified.',
    ),
  statusId: (problem: StatusIdProblem, max: number, lang: Lang): RestError => {
    const t = texts(lang);
    const text =
      problem === 'duplicate'
        ? t.statusIdDuplicate
        : problem === 'too-long'
          ? t.statusIdTooLong(max)
          : t.statusIdBadChars;
    // CAdminException::__construct appends "<br>" to every message.
    const error = new RestError(400, 'ERROR_CORE', `${text}<br>`);
    error.appException = `${text}<br>`;
    if (problem === 'duplicate') {
      return error.withDocs(400, 'Duplicate STATUS_ID.', 'Such STATUS_ID already exists.');
    }
    return error.withDocs(
      400,
      '',
      problem === 'too-long'
        ? `The field STATUS_ID is too long: at most ${max} characters.`
        : 'The field STATUS_ID may contain only Latin letters, digits, hyphens and underscores.',
    );
  },
  secondSuccess: (lang: Lang) =>
    plain(texts(lang).secondSuccess, 'A directory can have only one success stage.'),
  failureBeforeSuccess: (lang: Lang) =>
    plain(
      texts(lang).failureBeforeSuccess,
      'Cannot place a failure stage before the success stage: its SORT must be greater than the success stage SORT.',
    ),
  processAfterSuccess: (lang: Lang) =>
    plain(texts(lang).processAfterSuccess, 'Cannot create an intermediate stage after success'),
  unsupportedSemantics: (lang: Lang) =>
    restError(
      [400, '', texts(lang).unsupportedSemantics],
      [400, 'Invalid parameters.', 'Invalid parameters were provided.'],
    ),
  nameRequired: (lang: Lang) =>
    plain(texts(lang).nameRequired, 'The required field "Title" is not filled'),
  tooLong: (field: 'NAME' | 'COLOR', max: number, lang: Lang) =>
    plain(
      texts(lang).tooLong(field, max),
      field === 'NAME'
        ? `The field NAME is too long: at most ${NAME_MAX_LENGTH} characters are allowed.`
        : `The field COLOR is too long: at most ${max} characters are allowed.`,
    ),
  forcedRequired: () =>
    sentence(
      'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".',
      'A system element can only be deleted with the FORCED = "Y" parameter.',
    ),
  /** Leads, quotes, old invoices and deals: the proxy's own fixed English sentence. */
  activeItems: () =>
    sentence(
      'There are active items in this status.',
      'There are related items, deletion is not possible.',
    ),
  /** Smart processes, smart invoices and documents: the ORM hook's localised text. */
  stageWithItems: (lang: Lang) =>
    restError(
      [400, '', texts(lang).stageWithItems],
      [
        400,
        'There are active items in this status.',
        'There are related items, deletion is not possible.',
      ],
    ),
  filterMustBeString: (field: string) => plain(`Filter by ${field} must be a string`),
  entityIdMissing: () =>
    sentence(
      'The parameter entityId is not defined or invalid.',
      'The identifier of the directory is not specified or is incorrect.',
    ),
  entityIdNotString: () => plain('The parameter entityId must be a string.'),
  resourceNotSupported: (name: string) =>
    plain(`Resource '${name}' is not supported in current context.`),
};
