import { describe, expect, it } from 'vitest';
import { stageSetDialogDe } from './dialog.de';
import { stageSetDialogEn } from './dialog.en';
import { stageSetDialogRu } from './dialog.ru';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe('stage-set dialog catalogues (issue 13)', () => {
  it.each([
    ['ru', stageSetDialogRu],
    ['de', stageSetDialogDe],
  ] as const)('%s has every English key, non-empty, with the same placeholders', (_, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(stageSetDialogEn).sort());
    for (const [key, text] of Object.entries(stageSetDialogEn)) {
      const translated = catalogue[key as keyof typeof stageSetDialogEn];
      expect(translated, key).toBeTruthy();
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });
});
