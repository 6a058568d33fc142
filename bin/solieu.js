#!/usr/bin/env node
// The `solieu` command: the TypeScript sources, bundled once and cached (bin/load.js), or through tsx.
import { loadMain } from './load.js';

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
