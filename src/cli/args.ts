/** `--name value`, `--name=value` and `--flag` into a map; positional words into a list. */
export function parseArgs(argv: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) {
      options[arg.slice(2, eq)] = arg.slice(eq + 1);
    } else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) {
      options[arg.slice(2)] = argv[++i]!;
    } else {
      options[arg.slice(2)] = true;
    }
  }
  return { positional, options };
}

export function stringOption(options: Record<string, string | true>, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}
