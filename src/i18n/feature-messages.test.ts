import { describe, expect, it } from 'vitest';
import { analyticsDe } from './analytics/de';
import { analyticsEn } from './analytics/en';
import { analyticsRu } from './analytics/ru';
import { en } from './en';
import { journalDe } from './journal/de';
import { journalEn } from './journal/en';
import { journalRu } from './journal/ru';
import { loadCatalogue, translator } from './messages';
import { stageSetDialogDe } from './stage-sets/dialog.de';
import { stageSetDialogEn } from './stage-sets/dialog.en';
import { stageSetDialogRu } from './stage-sets/dialog.ru';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

const FEATURES = [
  ['journal', journalEn, journalRu, journalDe],
  ['analytics', analyticsEn, analyticsRu, analyticsDe],
  ['stage-set dialogs', stageSetDialogEn, stageSetDialogRu, stageSetDialogDe],
] as const;

describe.each(FEATURES)('the %s catalogues', (_, english, russian, german) => {
  it.each([
    ['ru', russian],
    ['de', german],
  ] as const)(
    '%s has every English key, non-empty, with the same placeholders',
    (__, catalogue) => {
      const texts: Readonly<Record<string, string>> = catalogue;
      expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        expect(texts[key], key).toBeTruthy();
        expect(placeholders(texts[key] ?? ''), key).toEqual(placeholders(text));
      }
    },
  );
  it('shares no key with the catalogue of the first board', () => {
    expect(Object.keys(english).filter((key) => Object.hasOwn(en, key))).toEqual([]);
  });
});

describe('feature messages', () => {
  it('translate once their feature has loaded, in the portal’s language', async () => {
    expect(translator('en')('undoAction', { action: 'rename', name: 'Won' })).toBe('undoAction');
    await import('./journal');
    await loadCatalogue('ru');
    expect(translator('en')('undoAction', { action: 'rename', name: 'Won' })).toBe(
      'Undo rename of Won',
    );
    expect(translator('ru')('journalClose')).toBe(journalRu.journalClose);
  });
});
