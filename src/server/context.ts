import type { FlagCache } from '../export/index.ts';
import type { Role, Store } from '../store/index.ts';
import type { PipelineBridge } from './pipeline-bridge.ts';
import type { UploadLimits } from './upload/limits.ts';

/** Who is asking: a person signed in through the pages, or a script with an API token. */
export interface AuthUser {
  name: string;
  role: Role;
  via: 'session' | 'token';
}

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
  }
}

/** What every route gets. */
export interface AppContext {
  store: Store;
  bridge: PipelineBridge;
  limits: UploadLimits;
  /** Flags of past extraction versions (immutable), by extraction id. */
  flagCache: FlagCache;
  sessionMs: number;
  secureCookies: boolean;
}
