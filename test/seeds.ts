import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folder of the one real report (`../shared/seeds`): beside the checkout when it sits next to
 * `shared/`, else the workplace's copy — so a clone made elsewhere (a CI scratch folder) still
 * reads it.
 */
export const SEEDS_DIR = [join(import.meta.dirname, '../../shared/seeds'), '/work/shared/seeds'].find((d) => existsSync(d)) ?? '/work/shared/seeds';
