import { useCallback } from 'react';
import { stageSetDialogDe } from './stage-sets/dialog.de';
import { stageSetDialogEn } from './stage-sets/dialog.en';
import { stageSetDialogRu } from './stage-sets/dialog.ru';
import { formatMessage, type MessageValues } from './format';
import { useI18n } from './i18n-context';
import type { MessageKey } from './messages';

export type StageSetDialogKey = keyof typeof stageSetDialogEn;

const CATALOGUES = { en: stageSetDialogEn, ru: stageSetDialogRu, de: stageSetDialogDe };

const isDialogKey = (key: string): key is StageSetDialogKey => Object.hasOwn(stageSetDialogEn, key);

/**
 * The translator of the stage-set and pipeline dialogs (issue 13): their own texts, which load
 * with them, and every key of the app's catalogue besides.
 */
export function useStageSetT() {
  const { lang, t } = useI18n();
  return useCallback(
    (key: StageSetDialogKey | MessageKey, values: MessageValues = {}) =>
      isDialogKey(key) ? formatMessage(CATALOGUES[lang][key], values, lang) : t(key, values),
    [lang, t],
  );
}
