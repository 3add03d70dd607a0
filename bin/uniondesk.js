#!/usr/bin/env node
// The command line runs the built bundle (npm run build), the same core code the desktop app ships.
import '../out/main/cli.js'
