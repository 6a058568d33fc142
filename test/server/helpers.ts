/** Test harness: a temp SQLite store, an app over it, users and tokens of each role, a cookie jar. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openStore, type Role, type Store } from '../../src/store/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { addToken, addUser } from '../../src/server/accounts.ts';
import { createInlineBridge, type PipelineBridge } from '../../src/server/pipeline-bridge.ts';
import type { UploadLimits } from '../../src/server/upload/limits.ts';

export const PASSWORD = 'mat-khau-thu-nghiem';

export interface Harness {
  app: FastifyInstance;
  store: Store;
  bridge: PipelineBridge;
  tokens: { [R in Role]: string };
  dir: string;
  /** The rules version the bridge writes: change it to act out a rule change before reprocessing. */
  rules: string;
  close(): Promise<void>;
}

export async function makeHarness(options: { limits?: UploadLimits } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'solieu-server-'));
  const store = await openStore(join(dir, 'store.db'));
  const holder = { rules: 'r-test-1' };
  const bridge = createInlineBridge(store, { rulesVersion: () => holder.rules });
  const app = await buildApp({ store, bridge, secret: 'x'.repeat(40), ...(options.limits ? { limits: options.limits } : {}) });
  const tokens = {} as { [R in Role]: string };
  for (const role of ['uploader', 'analyst', 'admin'] as const) {
    await addUser(store, { name: role, role, password: PASSWORD }, 'test');
    tokens[role] = (await addToken(store, { name: `${role}-script`, role }, 'test')).token;
  }
  return {
    app,
    store,
    bridge,
    tokens,
    dir,
    get rules() {
      return holder.rules;
    },
    set rules(v: string) {
      holder.rules = v;
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A browser-like session over inject: keeps cookies, knows the page's CSRF token. */
export class Session {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly app: FastifyInstance) {}

  private keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const m = /<meta name="csrf-token" content="([^"]*)">/.exec(res.body);
    if (m) this.csrf = m[1]!;
    return res;
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string, headers: { [k: string]: string } = {}): Promise<LightMyRequestResponse> {
    return this.keep(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader, ...headers } }));
  }

  async post(url: string, form: { [k: string]: string }, withCsrf = true): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams({ ...(withCsrf ? { _csrf: this.csrf } : {}), ...form }).toString();
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        payload: body,
        headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
  }

  async login(name: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    await this.get('/login');
    const res = await this.post('/login', { name, password });
    await this.get('/');
    return res;
  }
}

/** Upload through the API as `role` and wait until the files are processed. */
export async function uploadApi(h: Harness, files: { name: string; bytes: Uint8Array }[], role: Role = 'uploader') {
  const body = multipart(files);
  const res = await h.app.inject({ method: 'POST', url: '/api/reports', payload: body.payload, headers: { ...body.headers, ...bearer(h.tokens[role]) } });
  await h.bridge.idle();
  return res;
}

/** A multipart/form-data body with files under "files". */
export function multipart(files: { name: string; bytes: Uint8Array }[], fields: { [k: string]: string } = {}) {
  const boundary = `----solieu${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
