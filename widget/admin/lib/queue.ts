/**
 * Queue state across polls: a decided item never comes back as undecided. A poll answer to a
 * request sent before a decision landed may still hold the item: such stale answers have the
 * items decided since kept out (`staleIds`). Answers to requests sent after a decision are
 * the server's truth (a rejected comment rightly shows in the rejected queue). The selection
 * follows the item, not the index.
 */

/** Ids decided (at `performance.now()`-like times) at or after `requestStarted`. */
export function decidedSince(decided: ReadonlyMap<string, number>, requestStarted: number): Set<string> {
  const out = new Set<string>();
  for (const [id, at] of decided) if (at >= requestStarted) out.add(id);
  return out;
}

export interface HasId {
  comment: { id: string };
}

export interface Merged<T> {
  items: T[];
  /** Index of the item to select after the merge (-1 when empty). */
  selected: number;
  /** How many items came in that were not on screen before. */
  added: number;
}

export function mergeQueue<T extends HasId>(
  previous: readonly T[],
  fetched: readonly T[],
  decided: ReadonlySet<string>,
  selectedId: string | null,
): Merged<T> {
  const items = fetched.filter((i) => !decided.has(i.comment.id));
  const before = new Set(previous.map((i) => i.comment.id));
  const added = items.filter((i) => !before.has(i.comment.id)).length;
  let selected = selectedId ? items.findIndex((i) => i.comment.id === selectedId) : -1;
  if (selected < 0 && items.length) {
    // The selected item went away (decided elsewhere): stay at the position it had.
    const oldIndex = selectedId ? previous.findIndex((i) => i.comment.id === selectedId) : 0;
    // The nearest item that followed it and is still there, else the last one.
    selected = -1;
    for (let k = Math.max(0, oldIndex); k < previous.length && selected < 0; k++) {
      const id = previous[k]!.comment.id;
      selected = items.findIndex((i) => i.comment.id === id);
    }
    if (selected < 0) selected = Math.min(Math.max(0, oldIndex), items.length - 1);
  }
  return { items, selected: items.length ? selected : -1, added };
}

/** Removing decided items: the selection moves to the item that followed the first removed one. */
export function removeDecided<T extends HasId>(
  items: readonly T[],
  ids: ReadonlySet<string>,
  selectedIndex: number,
): { items: T[]; selected: number } {
  const kept = items.filter((i) => !ids.has(i.comment.id));
  if (!kept.length) return { items: kept, selected: -1 };
  let removedBefore = 0;
  for (let k = 0; k < Math.min(selectedIndex, items.length); k++) if (ids.has(items[k]!.comment.id)) removedBefore++;
  return { items: kept, selected: Math.min(Math.max(0, selectedIndex - removedBefore), kept.length - 1) };
}
