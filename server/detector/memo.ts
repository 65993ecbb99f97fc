/**
 * Remembering across comments: words repeat from comment to comment, and what the detector works
 * out for a word (its repair, how it reads) depends only on the word and the word lists in use.
 * Plain TypeScript, Workers-compatible.
 */

/** `fn` with its answers remembered, at most `max` of them (emptied when full). */
export function remembered<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = fn(key);
      if (answers.size >= max) answers.clear();
      answers.set(key, answer);
    }
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
