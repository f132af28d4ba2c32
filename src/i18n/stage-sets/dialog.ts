/** The stage-set and pipeline dialogs' messages, added when they load (feature-messages.ts). */
import { addFeatureMessages } from '../feature-messages';
import { stageSetDialogDe } from './dialog.de';
import { stageSetDialogEn } from './dialog.en';
import { stageSetDialogRu } from './dialog.ru';

addFeatureMessages({ en: stageSetDialogEn, ru: stageSetDialogRu, de: stageSetDialogDe });
