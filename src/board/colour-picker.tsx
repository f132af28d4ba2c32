import * as Popover from '@radix-ui/react-popover';
import { useId, useRef, useState, type ReactNode } from 'react';
import { HexColorPicker } from 'react-colorful';
import { parseHexColour, STAGE_PALETTE, textOnColour } from '../domain/colour';
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
  const hexField = useRef<HTMLInputElement>(null);
  const marked = useRef<HTMLButtonElement>(null);
  const parsed = parseHexColour(current);
  const currentHex = parsed.ok ? parsed.value : null;

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
          // Focus starts on the stage's own colour when the palette has it, else on the hex field
          // (which shows it): Radix's default, the first swatch, read as a selection.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            (marked.current ?? hexField.current)?.focus();
          }}
          className="z-50 max-h-(--radix-popover-content-available-height) w-[min(92vw,420px)] overflow-y-auto rounded-card border border-line bg-surface p-3 text-text shadow-lg"
        >
          <div role="group" aria-label={t('paletteLabel')} className="grid grid-cols-16 gap-1">
            {STAGE_PALETTE.flat().map((hex) => (
              <button
                key={hex}
                ref={hex === currentHex ? marked : undefined}
                type="button"
                aria-label={hex}
                aria-pressed={hex === currentHex}
                onClick={() => pick(hex)}
                // The current colour is marked with a tick and a ring in the text colour, so it
                // never looks like the blue focus outline.
                className={`grid aspect-square w-full place-items-center rounded-sm border border-line text-xs leading-none font-bold aria-pressed:ring-2 aria-pressed:ring-text aria-pressed:ring-offset-1 aria-pressed:ring-offset-surface ${textOnColour(hex) === 'dark' ? 'text-on-stage-dark' : 'text-on-stage-light'}`}
                style={{ backgroundColor: hex }}
              >
                {hex === currentHex && <span aria-hidden="true">✓</span>}
              </button>
            ))}
          </div>
          {/* react-colorful's handles (28 px) stand out of its area by half their size: the
              margin and gap keep them off the palette and the hex field's label. */}
          <div className="mt-4 flex items-start gap-6">
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
                ref={hexField}
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
