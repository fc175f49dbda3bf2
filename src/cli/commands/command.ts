// The shape of one CLI command. run() returns the process exit code. defineCommand() parses the
// command's declared flags (src/cli/args.ts) before its body runs, so every command refuses an
// unknown flag or a missing value the same way.
import { parseCommandArgs, type FlagSpecs, type ParsedArgs } from '../args.ts';

export interface CliCommand {
  /** One or two words, e.g. "extract" or "units import". */
  name: string;
  usage: string;
  /** Vietnamese one-line description for `help`. */
  summary: string;
  /** The flags the command accepts (each is named in `usage`). */
  flags: FlagSpecs;
  run(args: string[]): Promise<number>;
}

export interface CommandDefinition<F extends FlagSpecs> {
  name: string;
  usage: string;
  summary: string;
  flags: F;
  /** Whether bare arguments (files, …) are accepted; otherwise they are refused. */
  positionals?: boolean;
  run(args: ParsedArgs<F>): Promise<number>;
}

export function defineCommand<F extends FlagSpecs>(def: CommandDefinition<F>): CliCommand {
  return {
    name: def.name,
    usage: def.usage,
    summary: def.summary,
    flags: def.flags,
    run: (args) => def.run(parseCommandArgs(args, def.flags, def.usage, { positionals: def.positionals ?? false })),
  };
}
