import { useState } from 'react';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { usePortal } from '../stages/portal-context';
import { Segmented } from '../ui/segmented';
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
    <Segmented
      className="ml-auto"
      label={t('themeLabel')}
      options={THEME_CHOICES.map((value) => ({ value, label: t(LABELS[value]) }))}
      value={choice}
      onChange={choose}
    />
  );
}
