import * as Popover from '@radix-ui/react-popover';
import { useId, useState, type ReactNode } from 'react';
import { HexColorPicker } from 'react-colorful';
import { parseHexColour, STAGE_PALETTE } from '../domain/colour';
import { useT } from '../i18n/i18n-context';
import { Button } from '../ui/button';

/**
 * Bitrix24's stage palette as swatches, a hex field (3 or 6 digits, as in Bitrix24's own picker)
 * and a free picker. Every value goes through parseHexColour before it can reach the portal or CSS.
 * Radix gives the popover its focus trap, Escape and focus return. The app's frame can be shorter
 * than the picker (the portal sizes it), so the picker never grows past the room Radix measured
 * on its side and scrolls instead: otherwise its first rows sit outside the frame, unreachable.
 */
export function ColourPicker({
  current,
  trigger,
  onPick,
}: {
  current: string;
  trigger: ReactNode;
  onPick: (hex: string) => void;
}) {
  const t = useT();
  const errorId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(current);
  const [free, setFree] = useState(current);
  const [error, setError] = useState<string | null>(null);

  const pick = (hex: string) => {
    setOpen(false);
    if (hex !== current) onPick(hex);
  };
  const applyText = () => {
    const parsed = parseHexColour(text);
    if (parsed.ok) pick(parsed.value);
    else setError(t('colourInvalid'));
  };

  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setText(current);
          setFree(current);
          setError(null);
        }
      }}
    >
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          aria-label={t('colourDialog')}
          sideOffset={6}
          collisionPadding={8}
          className="z-50 max-h-(--radix-popover-content-available-height) w-[min(92vw,420px)] overflow-y-auto rounded-card border border-line bg-surface p-3 text-text shadow-lg"
        >
          <div role="group" aria-label={t('paletteLabel')} className="grid grid-cols-16 gap-1">
            {STAGE_PALETTE.flat().map((hex) => (
              <button
                key={hex}
                type="button"
                aria-label={hex}
                aria-pressed={hex === current}
                onClick={() => pick(hex)}
                className="aspect-square w-full rounded-sm border border-line aria-pressed:ring-2 aria-pressed:ring-focus"
                style={{ backgroundColor: hex }}
              />
            ))}
          </div>
          <div className="mt-3 flex items-start gap-3">
            <div className="colour-free w-32 shrink-0">
              <HexColorPicker color={free} onChange={setFree} aria-label={t('freeColour')} />
              <Button
                className="mt-2 w-full justify-center"
                onClick={() => pick(free.toLowerCase())}
              >
                {t('applyColour')}
              </Button>
            </div>
            <label className="flex flex-1 flex-col gap-1 text-xs text-muted">
              {t('hexColour')}
              <input
                aria-label={t('hexColour')}
                className="rounded-control border border-line bg-surface px-2 py-1 font-mono text-sm text-text"
                value={text}
                aria-invalid={error !== null}
                aria-describedby={error ? errorId : undefined}
                spellCheck={false}
                onChange={(e) => {
                  setText(e.target.value);
                  setError(null);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    applyText();
                  }
                }}
              />
              {error && (
                <span id={errorId} role="alert" className="text-alert">
                  {error}
                </span>
              )}
            </label>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
