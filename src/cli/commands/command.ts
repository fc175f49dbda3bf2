// The shape of one CLI command. run() returns the process exit code.
export interface CliCommand {
  /** One or two words, e.g. "extract" or "units import". */
  name: string;
  usage: string;
  /** Vietnamese one-line description for `help`. */
  summary: string;
  run(args: string[]): Promise<number>;
}
