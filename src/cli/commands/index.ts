// Registry of CLI commands, in the order `help` lists them. Add one import + one entry per command.
import type { CliCommand } from './command.ts';
import { catalogExport, catalogImport, dbMigrate, unitsImport, unitsLoadOfficial, usersCreate } from './foundation.commands.ts';
import { evalCommand } from './eval.command.ts';
import { extractCommand } from './extract.command.ts';
import { importCommand } from './import.command.ts';
import { synthesizeCommand } from './synthesize.command.ts';
import { regimesCreate, requestsCreate, requestsList, requestsOpenDue, requestsRemind, requestsStatus } from './requests.command.ts';

export const commands: CliCommand[] = [
  dbMigrate,
  usersCreate,
  unitsImport,
  unitsLoadOfficial,
  catalogExport,
  catalogImport,
  evalCommand,
  extractCommand,
  importCommand,
  synthesizeCommand,
  requestsCreate,
  requestsList,
  requestsStatus,
  requestsRemind,
  regimesCreate,
  requestsOpenDue,
];
