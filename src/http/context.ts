// What every request handler can reach: the database, configuration, the signed-in actor.
import type { Db } from '#src/storage/db.ts';
import type { Config } from '#src/config/config.ts';
import type { Actor } from '#src/core/auth/authorization.ts';

export interface AppDeps {
  db: Db;
  config: Config;
  secret: string;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    sessionToken: string | null;
    csrfToken: string;
  };
};
