// Localised sentences of crm.status.* refusals, per portal language. The server takes them from the
// CRM module's language files (not part of the public source dump), so the wording here is
// realistic, not verbatim - which is the point: the app must never rely on it
// (docs/server-behaviour.md §1). Only the structure is the server's: which refusals are localised,
// and that STATUS_ID problems end in a literal `<br>` (main/classes/general/adminexception.php).
import type { PortalSettings } from '../types';

type Lang = PortalSettings['lang'];

interface Texts {
  /** CRM_STATUS_ERR_STATUS_ID_MAX_LENGTH_EXCEEDED */
  statusIdTooLong: (max: number) => string;
  /** CRM_STATUS_ERR_INCORRECT_SYMBOLS */
  statusIdBadChars: string;
  /** CRM_STATUS_ERR_DUPLICATE_STATUS_ID */
  statusIdDuplicate: string;
  /** CRM_STATUS_MORE_THAN_ONE_SUCCESS_ERROR */
  secondSuccess: string;
  /** CRM_STATUS_INCORRECT_SEMANTIC_SORT_ERROR (a failure stage placed before success) */
  failureBeforeSuccess: string;
  /** CRM_STATUS_INCORRECT_PROCESS_SEMANTIC_SORT_ERROR (docs: "Cannot create more stages after…") */
  processAfterSuccess: string;
  /** CRM_STATUS_UNSUPPORTED_SEMANTIC_ERROR */
  unsupportedSemantics: string;
  /** CRM_STATUS_STAGE_WITH_ITEMS_ERROR (smart-process stages holding items) */
  stageWithItems: string;
  /** The ORM's required-field text for NAME */
  nameRequired: string;
  /** A value longer than its database column */
  tooLong: (field: string, max: number) => string;
}

const TEXTS: Record<Lang, Texts> = {
  en: {
    statusIdTooLong: (max) => `The status ID is too long. The maximum length is ${max} characters.`,
    statusIdBadChars:
      'The status ID contains invalid characters. Use Latin letters, digits, hyphens and underscores only.',
    statusIdDuplicate: 'The specified status ID already exists.',
    secondSuccess: 'There can be only one successful stage.',
    failureBeforeSuccess: 'A failure stage cannot be placed before the successful stage.',
    processAfterSuccess:
      'Cannot create more stages after the final stage. Place the new stage before the successful one.',
    unsupportedSemantics: 'The stage type is not supported.',
    stageWithItems: 'Cannot delete a stage that has items in it.',
    nameRequired: 'The field "Name" is required.',
    tooLong: (field, max) => `The field "${field}" must not be longer than ${max} characters.`,
  },
  ru: {
    statusIdTooLong: (max) =>
      `Идентификатор статуса слишком длинный. Максимальная длина: ${max} символов.`,
    statusIdBadChars:
      'Идентификатор статуса содержит недопустимые символы. Используйте латинские буквы, цифры, дефис и подчёркивание.',
    statusIdDuplicate: 'Статус с таким идентификатором уже существует.',
    secondSuccess: 'Успешная стадия может быть только одна.',
    failureBeforeSuccess: 'Неуспешная стадия не может стоять перед успешной.',
    processAfterSuccess:
      'Нельзя создать стадию после финальной. Поместите новую стадию перед успешной.',
    unsupportedSemantics: 'Тип стадии не поддерживается.',
    stageWithItems: 'Нельзя удалить стадию, на которой есть элементы.',
    nameRequired: 'Поле «Название» обязательно для заполнения.',
    tooLong: (field, max) => `Поле «${field}» не может быть длиннее ${max} символов.`,
  },
  de: {
    statusIdTooLong: (max) =>
      `Die Status-ID ist zu lang. Die maximale Länge beträgt ${max} Zeichen.`,
    statusIdBadChars:
      'Die Status-ID enthält ungültige Zeichen. Erlaubt sind lateinische Buchstaben, Ziffern, Binde- und Unterstriche.',
    statusIdDuplicate: 'Die angegebene Status-ID existiert bereits.',
    secondSuccess: 'Es kann nur eine erfolgreiche Phase geben.',
    failureBeforeSuccess: 'Eine Misserfolgsphase darf nicht vor der erfolgreichen Phase stehen.',
    processAfterSuccess:
      'Nach der letzten Phase können keine Phasen erstellt werden. Setzen Sie die neue Phase vor die erfolgreiche.',
    unsupportedSemantics: 'Dieser Phasentyp wird nicht unterstützt.',
    stageWithItems: 'Eine Phase, die Elemente enthält, kann nicht gelöscht werden.',
    nameRequired: 'Das Feld „Name“ ist erforderlich.',
    tooLong: (field, max) => `Das Feld „${field}“ darf höchstens ${max} Zeichen lang sein.`,
  },
};

export function texts(lang: Lang): Texts {
  return TEXTS[lang];
}
