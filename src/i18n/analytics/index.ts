/** The analytics' and outcome change's messages, added when their code loads (feature-messages.ts). */
import { addFeatureMessages } from '../feature-messages';
import { analyticsDe } from './de';
import { analyticsEn } from './en';
import { analyticsRu } from './ru';

addFeatureMessages({ en: analyticsEn, ru: analyticsRu, de: analyticsDe });
