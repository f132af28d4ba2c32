import { useState } from 'react';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { usePortal } from '../stages/portal-context';
import { applyTheme, THEME_CHOICES, THEME_OPTION, themeOf, type ThemeChoice } from './theme';

const LABELS: Record<ThemeChoice, MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
};

/** System / light / dark, remembered per user through a Bitrix24 user option. */
export function ThemeToggle() {
  const t = useT();
  const portal = usePortal();
  const [choice, setChoice] = useState<ThemeChoice>(
    () => themeOf(portal.userOption(THEME_OPTION)) ?? 'system',
  );
  const choose = (next: ThemeChoice) => {
    setChoice(next);
    applyTheme(next);
    portal.setUserOption(THEME_OPTION, next);
  };
  return (
    <div
      role="group"
      aria-label={t('themeLabel')}
      className="ml-auto inline-flex shrink-0 overflow-hidden rounded-control border border-line text-xs"
    >
      {THEME_CHOICES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={choice === option}
          onClick={() => choose(option)}
          className={`px-2 py-1 ${
            choice === option
              ? 'bg-primary-fill text-on-primary'
              : 'bg-surface text-text hover:bg-surface-muted'
          }`}
        >
          {t(LABELS[option])}
        </button>
      ))}
    </div>
  );
}
