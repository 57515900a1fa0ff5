import { replayScenario } from './replay-scenario';

/** npm run replay -- <file.scenario.json> [more files] [--bot http://127.0.0.1:3978] */
async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let botUrl = process.env.BOT_URL;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--bot') botUrl = argv[++i];
    else if (arg.startsWith('--bot=')) botUrl = arg.slice(6);
    else files.push(arg);
  }
  if (files.length === 0) {
    console.error('usage: npm run replay -- <file.scenario.json> [...] [--bot http://127.0.0.1:3978]');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const result = await replayScenario(file, botUrl ? { botUrl } : {});
      const replies = result.transcript.reduce((n, e) => n + e.replies.length, 0);
      console.log(`${result.name}: ${result.transcript.length} activities, ${replies} bot replies -> ${result.outDir}`);
    } catch (error) {
      failed++;
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
