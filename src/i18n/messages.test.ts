import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { langFrom, loadCatalogue, translator } from './messages';
import { ru } from './ru';

const CATALOGUES = { en, ru, de };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const english = CATALOGUES.en;
  it.each(['ru', 'de'] as const)('%s has every English key, non-empty', (lang) => {
    const catalogue = CATALOGUES[lang];
    for (const key of Object.keys(english)) {
      expect(catalogue[key as keyof typeof english], key).toBeTruthy();
    }
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
  });
  it.each(['ru', 'de'] as const)('%s uses the same placeholders as English', (lang) => {
    for (const [key, text] of Object.entries(english)) {
      expect(placeholders(CATALOGUES[lang][key as keyof typeof english]), key).toEqual(
        placeholders(text),
      );
    }
  });
});

describe('translate', () => {
  it('fills placeholders as plain text', () => {
    expect(translator('en')('moveStage', { name: '<b>Won</b>' })).toBe('Move stage <b>Won</b>');
  });
  it.each([
    [1, '1 stage'],
    [2, '2 stages'],
  ])('English plural of %i', (count, text) => {
    expect(translator('en')('stageCount', { count })).toBe(text);
  });
  it.each([
    [1, '1 стадия'],
    [3, '3 стадии'],
    [5, '5 стадий'],
    [21, '21 стадия'],
  ])('Russian plural of %i', async (count, text) => {
    await loadCatalogue('ru');
    expect(translator('ru')('stageCount', { count })).toBe(text);
  });
  it.each([
    ['ru', 'ru'],
    ['ua', 'ru'],
    ['de', 'de'],
    ['en', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('portal LANG %s reads as %s', (portal, lang) => {
    expect(langFrom(portal)).toBe(lang);
  });
});
