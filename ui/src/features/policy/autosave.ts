// Saving a form while someone types: after a pause in typing, or at once when a field is left.
// Saves never overlap (the next waits for the one in flight and then sends the latest text), and
// a failed save stays "dirty" so the next edit, blur or flush tries again; the typed text is
// never replaced by what came back.

export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private dirty = false;

  /** `run` saves the current text and resolves to whether it was saved. */
  constructor(
    private readonly run: () => Promise<boolean>,
    private readonly delay = 800,
  ) {}

  /** Something was typed: save after a pause. */
  touch(): void {
    this.dirty = true;
    this.cancel();
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Save now if anything changed (a field was left, or the screen closes). */
  async flush(): Promise<void> {
    this.cancel();
    while (this.running) await this.running;
    if (!this.dirty) return;
    this.dirty = false;
    this.running = this.run().then((ok) => {
      if (!ok) this.dirty = true;
    });
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Whether something typed is not saved yet. */
  get pending(): boolean {
    return this.dirty || this.running !== null;
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
