// What every request handler can reach: the database, configuration, the signed-in actor.
import type { Db } from '#src/storage/db.ts';
import type { Config } from '#src/config/config.ts';
import type { Actor } from '#src/core/auth/authorization.ts';
import type { UploadQueue } from '#src/core/answers/upload-queue.ts';

export interface AppDeps {
  db: Db;
  config: Config;
  secret: string;
  /** Background reader of uploaded documents; createApp makes one when not given. */
  uploads?: UploadQueue;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    sessionToken: string | null;
    csrfToken: string;
  };
};
