// Registry of CLI commands, in the order `help` lists them. Add one import + one entry per command.
import type { CliCommand } from './command.ts';
import { evalCommand } from './eval.command.ts';

export const commands: CliCommand[] = [evalCommand];
