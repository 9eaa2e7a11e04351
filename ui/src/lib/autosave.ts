// Text fields save after a pause in typing, when the field is left, and when the screen closes;
// choices save at once. One timer per editor, shared by its fields, and one pause for every
// screen. Saves never overlap (the next waits for the one in flight, then sends the latest
// text), and a failed save stays pending, so the next edit, blur or close tries again; the
// typed text is never replaced by what came back.

/** How long typing may pause before what was typed is saved. */
export const TYPING_PAUSE_MS = 1200;

export interface Autosave {
  /** A key was typed: save after the pause (restarting it). */
  typed(): void;
  /** The field was left (or the editor closes): save now if something typed is not saved. */
  left(): Promise<void>;
  /** Forget the pending save (the editor is saving or deleting by itself). */
  cancel(): void;
  /** Whether something typed is not saved yet (or a save is in flight). */
  readonly pending: boolean;
}

/**
 * `persist` saves the editor's current text; it may return (or resolve to) `false` when the
 * save failed, which keeps the text pending.
 */
export function autosave(persist: () => unknown): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let dirty = false;
  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  async function left(): Promise<void> {
    stopTimer();
    while (running) await running;
    if (!dirty) return;
    dirty = false;
    running = Promise.resolve(persist()).then(
      (ok) => {
        if (ok === false) dirty = true;
      },
      () => {
        dirty = true;
      },
    );
    try {
      await running;
    } finally {
      running = undefined;
    }
  }
  return {
    typed() {
      dirty = true;
      stopTimer();
      timer = setTimeout(() => void left(), TYPING_PAUSE_MS);
    },
    left,
    cancel() {
      stopTimer();
      dirty = false;
    },
    get pending() {
      return dirty || running !== undefined;
    },
  };
}
