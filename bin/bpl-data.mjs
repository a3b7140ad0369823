#!/usr/bin/env node
// bpl-data: statistics to data files for @bastaplatsen/viz (see `bpl-data --help`). Built by `npm run build:cli`.
import '../dist/cli/bpl-data.js';
