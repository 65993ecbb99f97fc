/** The queue's keyboard map: single keys, like Gmail and Coral, never while typing. */

export type QueueCommand =
  "next" | "prev" | "approve" | "reject" | "rejectNoStrike" | "select" | "user" | "help" | "first" | "last" | "refresh";

export const QUEUE_KEYS: readonly { key: string; command: QueueCommand }[] = [
  { key: "j", command: "next" },
  { key: "ArrowDown", command: "next" },
  { key: "k", command: "prev" },
  { key: "ArrowUp", command: "prev" },
  { key: "Home", command: "first" },
  { key: "End", command: "last" },
  { key: "a", command: "approve" },
  { key: "r", command: "reject" },
  { key: "R", command: "rejectNoStrike" },
  { key: "x", command: "select" },
  { key: "u", command: "user" },
  { key: ".", command: "refresh" },
  { key: "?", command: "help" },
];

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Elements the event passed through, innermost first (event.composedPath()). */
  path?: readonly unknown[];
}

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);
const NOT_TYPED = new Set(["checkbox", "radio", "button", "submit", "reset"]);

/** True when the key was pressed inside a text field, a select, an open dialog, or a contenteditable. */
export function isTyping(path: readonly unknown[] = []): boolean {
  return path.some((el) => {
    const e = el as { tagName?: string; isContentEditable?: boolean; open?: boolean; type?: string };
    if (!e || typeof e.tagName !== "string") return false;
    if (e.tagName === "INPUT" && NOT_TYPED.has(String(e.type))) return false;
    return TYPING.has(e.tagName) || e.isContentEditable === true || (e.tagName === "DIALOG" && e.open === true);
  });
}

/** The command for a key press, or null (modifier chords and typing are left alone). */
export function commandFor(e: KeyLike): QueueCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTyping(e.path)) return null;
  return QUEUE_KEYS.find((k) => k.key === e.key)?.command ?? null;
}

/** The index after moving from `index` in a list of `length` (clamped; -1 when empty). */
export function move(index: number, length: number, command: QueueCommand): number {
  if (length === 0) return -1;
  if (index < 0) return command === "last" || command === "prev" ? length - 1 : 0;
  const i = Math.min(Math.max(index, 0), length - 1);
  if (command === "next") return Math.min(i + 1, length - 1);
  if (command === "prev") return Math.max(i - 1, 0);
  if (command === "first") return 0;
  if (command === "last") return length - 1;
  return i;
}
