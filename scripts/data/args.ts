// A small parser for the data commands' arguments: `--name value`, repeatable ones, flags, files.
export interface Parsed {
  options: Map<string, string[]>;
  flags: Set<string>;
  files: string[];
}

export function parseArgs(argv: string[], withValue: string[]): Parsed {
  const parsed: Parsed = { options: new Map(), flags: new Set(), files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      if (withValue.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) fail(`--${name} needs a value`);
        parsed.options.set(name, [...(parsed.options.get(name) ?? []), value]);
      } else parsed.flags.add(name);
    } else parsed.files.push(arg);
  }
  return parsed;
}

export function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}
