export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** The user option that remembers the choice per user, on every browser (Portal.userOption). */
export const THEME_OPTION = 'theme';

export const themeOf = (value: string | null): ThemeChoice | null =>
  value === 'light' || value === 'dark' || value === 'system' ? value : null;

/**
 * index.css keys the palette on `:root[data-theme]`; without the attribute the
 * `prefers-color-scheme` media query decides, which is what "system" means.
 */
export function applyTheme(choice: ThemeChoice | null): void {
  const root = document.documentElement;
  if (choice === 'light' || choice === 'dark') root.dataset['theme'] = choice;
  else delete root.dataset['theme'];
}
