import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import { installRequest } from './install-request';

const catalogues = { en, ru, de };

describe('installRequest', () => {
  it.each([
    [
      'https://apps.example.com/local/stage-editor/install.html?DOMAIN=x&LANG=ru',
      'https://apps.example.com/local/stage-editor/index.html',
    ],
    [
      'http://localhost:4183/local/stage-editor/index.html?APP_SID=1#top',
      'http://localhost:4183/local/stage-editor/index.html',
    ],
    ['https://host/app/', 'https://host/app/index.html'],
  ])('from %s binds %s', (page, handler) => {
    expect(installRequest(page, 'en', catalogues).handler).toBe(handler);
  });

  it('titles the button in the portal language and in every language the app speaks', () => {
    const request = installRequest('https://host/app/install.html', 'ru', catalogues);
    expect(request.title.TITLE).toBe('Редактор стадий');
    expect(Object.keys(request.titles).sort()).toEqual(['de', 'en', 'ru']);
    expect(request.titles['de']?.TITLE).toBe('Phaseneditor');
    expect(request.titles['en']?.TITLE).toBe('Stage editor');
  });
});
