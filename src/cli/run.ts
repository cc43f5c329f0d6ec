// Development entry: `tsx src/cli/run.ts <command>` runs the CLI from sources.
import { main } from './main.js';

await main(process.argv.slice(2));
