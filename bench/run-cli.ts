// Runs the CLI from source (benchmarks spawn it as a user would, without needing dist/).
import { main } from '../src/cli/main.ts';

await main();
