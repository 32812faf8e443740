#!/usr/bin/env node
// The package's command: runs the TypeScript CLI (src/cli/main.ts) through tsx, which the project installs.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
