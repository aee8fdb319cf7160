/**
 * Checks drafts from the command line with the extension's engine.
 *   npm run check -- "Pt is a 68M, MRN 00482913"
 *   npm run --silent check -- --jsonl < drafts.jsonl     (one {"id","platform","text"} per line)
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyze, type Finding } from '../lib/analysis';
import { checkRecord, platformOf } from './jsonl';

const USAGE = `Usage:
  npm run check -- [--platform x|instagram|youtube|tiktok] [--json] [--assume-patient] "draft text"
  npm run --silent check -- --jsonl [--assume-patient] < drafts.jsonl

--assume-patient treats every person, place and date as a patient's (for measuring the
generic recognisers on data without clinical context).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    jsonl: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    platform: { type: 'string' },
    'assume-patient': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const platform = platformOf(values.platform);
const assumePatient = values['assume-patient'];
if (values.platform !== undefined && !platform) fail(`Unknown platform "${values.platform}".`);

if (values.help) {
  console.log(USAGE);
} else if (values.jsonl) {
  await checkJsonLines();
} else {
  const text = positionals.join(' ');
  if (!text) fail('Give a draft to check.');
  const findings = analyze(text, { platform, assumePatient });
  console.log(values.json ? JSON.stringify(findings, null, 2) : describe(text, findings));
}

async function checkJsonLines(): Promise<void> {
  let lineNumber = 0;
  let failed = false;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line);
      if (typeof record?.text !== 'string') throw new Error('"text" must be a string');
      process.stdout.write(JSON.stringify(checkRecord(record, { platform, assumePatient })) + '\n');
    } catch (error) {
      failed = true;
      console.error(`line ${lineNumber}: ${(error as Error).message}`);
    }
  }
  if (failed) process.exitCode = 1;
}

function describe(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No findings.';
  const lines = findings.map((f) => {
    const where = `${f.start}-${f.end}`.padEnd(9);
    const fix = f.suggestions[0] ? `\n           fix: ${f.suggestions[0].label}` : '';
    return `  ${where}${f.severity.padEnd(8)}${f.category.padEnd(22)}${f.message}  [${f.ruleId}]${fix}`;
  });
  const count = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  return `${count} in ${text.length} characters:\n${lines.join('\n')}`;
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
