/** Where a list is kept between page loads: a per-user option of the portal. */
export interface EditKeeper {
  read(): string | null;
  write(value: string): void;
}

/**
 * Text kept with the portal between page loads (the unsaved changes, the journal entries not yet
 * recorded). Written only when it differs from what the portal holds: at once for something
 * settled (a refusal), after `delayMs` for something still on its way, which usually settles
 * first and then costs no write at all.
 */
export class KeptText {
  private kept: string;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly keeper: EditKeeper,
    /** What is to be kept now. */
    private readonly text: () => string,
    private readonly delayMs: number,
    /** What the portal held when the page loaded. */
    stored: string | null,
  ) {
    this.kept = stored ?? '';
  }

  /** Writes now, if the text differs from what the portal holds. */
  readonly flush = (): void => {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const value = this.text();
    if (value === this.kept) return;
    this.kept = value;
    this.keeper.write(value);
  };

  schedule(): void {
    if (this.timer === null) this.timer = setTimeout(this.flush, this.delayMs);
  }

  /** The text changed: keep it at once when `settled`, else within the delay. */
  changed(settled: boolean): void {
    if (settled) this.flush();
    else this.schedule();
  }
}
