// Text fields save after a pause in typing, when the field is left, and when the screen closes;
// choices save at once. One timer per editor, shared by its fields.

/** How long typing may pause before what was typed is saved. */
export const TYPING_PAUSE_MS = 1200;

export interface Autosave {
  /** A key was typed: save after the pause (restarting it). */
  typed(): void;
  /** The field was left (or the editor closes): save now if typing is pending. */
  left(): void;
  /** Forget the pending save (the editor is saving or deleting by itself). */
  cancel(): void;
}

export function autosave(persist: () => unknown): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    typed() {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        void persist();
      }, TYPING_PAUSE_MS);
    },
    left() {
      if (timer === undefined) return;
      cancel();
      void persist();
    },
    cancel,
  };
}
