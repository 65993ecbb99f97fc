/**
 * Remembering across comments: words repeat from comment to comment, and what the detector works
 * out for a word (its repair, how it reads) depends only on the word and the word lists in use.
 * Plain TypeScript, Workers-compatible.
 */

/**
 * A bounded memo that keeps what is used: when the recent answers reach `max`, they become the
 * older generation and the oldest are dropped; an older answer asked for again is made recent.
 * Words follow a long tail, so the common ones stay and a server's memory stays bounded
 * (at most 2 × `max` answers).
 */
export class Memo<T> {
  private recent = new Map<string, T>();
  private older = new Map<string, T>();
  constructor(private readonly max: number) {}

  get(key: string): T | undefined {
    const answer = this.recent.get(key);
    if (answer !== undefined) return answer;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, answer: T): void {
    if (this.recent.size >= this.max) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, answer);
  }
}

/** `fn` with its answers remembered (a Memo of at most `max` recent answers). */
export function remembered<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const answers = new Memo<T>(max);
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = fn(key)));
    return answer;
  };
}

/** `make` called once per pair of objects (word lists, a known-word test): the same pair, the same value. */
export function perPair<A extends object, B extends object, V>(make: (a: A, b: B) => V): (a: A, b: B) => V {
  const byA = new WeakMap<A, WeakMap<B, V>>();
  return (a, b) => {
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new WeakMap()));
    let value = byB.get(b);
    if (value === undefined) byB.set(b, (value = make(a, b)));
    return value;
  };
}
