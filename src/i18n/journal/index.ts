/** The change journal's messages, added when its code loads (feature-messages.ts). */
import { addFeatureMessages } from '../feature-messages';
import { journalDe } from './de';
import { journalEn } from './en';
import { journalRu } from './ru';

addFeatureMessages({ en: journalEn, ru: journalRu, de: journalDe });
