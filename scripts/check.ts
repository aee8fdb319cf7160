/**
 * Checks drafts from the command line with the extension's engine.
 *   npm run check -- "Pt is a 68M, MRN 00482913"
 *   npm run --silent check -- --jsonl < drafts.jsonl     (one {"id","platform","text"} per line)
 *
 * With --jsonl every input line gets exactly one output line, in order, and nothing else goes to
 * stdout: {"id","findings"} for a checked line, {"id","error"} for a refused one, or
 * {"id":null,"line","error"} (1-based line number) when the line has no usable id. Blank lines are
 * refused too, so that output line n always answers input line n. A line is refused when it is not
 * a JSON object, has no string or number "id", has no string "text", is longer than
 * MAX_LINE_LENGTH, or the engine fails on it. An optional "images" array of file paths is checked
 * too: each file's findings carry "image" (its index) instead of offsets, and a file that cannot be
 * read adds {"image", "message"} to "errors".
 * Exit code 0 when every line was checked, 1 when some line was refused (stdout is still complete;
 * stderr says how many). When the reader closes stdout early (`| head -1`) it stops reading and
 * exits 0 with nothing on stderr.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyze, type Finding } from '../lib/analysis';
import { answerLineWithImages, checkImageFiles, MAX_LINE_LENGTH, platformOf, type ImageFindingRecord } from './jsonl';
import { nodeFaces } from './faces-node';
import { nodeOcr, stopOcr } from './ocr-node';

const USAGE = `Usage:
  npm run check -- [--platform x|instagram|youtube|tiktok] [--json] [--assume-patient] "draft text"
  npm run --silent check -- --jsonl [--assume-patient] < drafts.jsonl
  npm run check -- --image PATH [--image PATH ...] [--json]

--assume-patient treats every person, place and date as a patient's (for measuring the
generic recognisers on data without clinical context).

--jsonl reads one {"id", "platform", "text"} object per line, with an optional "images": [paths]
whose findings carry "image" (the index of the file) instead of "start"/"end" and whose unreadable
files are listed in "errors": [{"image", "message"}]; it writes exactly one line per input line,
in order: {"id", "findings": [...]} when the line was
checked, {"id", "error"} when it was refused, {"id": null, "line", "error"} when it has no string
or number "id" (line numbers start at 1). Blank lines, and lines over
${MAX_LINE_LENGTH.toLocaleString('en-US')} characters, are refused. Exit code 1 when some line was refused.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    jsonl: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    platform: { type: 'string' },
    'assume-patient': { type: 'boolean', default: false },
    image: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const platform = platformOf(values.platform);
const assumePatient = values['assume-patient'];
if (values.platform !== undefined && !platform) fail(`Unknown platform "${values.platform}".`);

if (values.help) {
  console.log(USAGE);
} else if (values.jsonl) {
  quietLibraries();
  await checkJsonLines();
  await stopOcr();
} else if (values.image?.length) {
  quietLibraries();
  const started = performance.now();
  const checked = await checkImageFiles(values.image, { ocr: nodeOcr, faces: nodeFaces });
  // For the benchmark: how long the first check took in a fresh process, worker start included.
  const timing = process.env.SAFE_HARBOR_TIME ? { elapsedMs: +(performance.now() - started).toFixed(1) } : {};
  await stopOcr();
  process.stdout.write(`${values.json ? JSON.stringify({ ...checked, ...timing }, null, 2) : describeImages(values.image, checked.findings, checked.errors ?? [])}\n`);
} else {
  const text = positionals.join(' ');
  if (!text) fail('Give a draft to check.');
  const findings = analyze(text, { platform, assumePatient });
  console.log(values.json ? JSON.stringify(findings, null, 2) : describe(text, findings));
}

async function checkJsonLines(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const output = openOutput(() => lines.close());
  let lineNumber = 0;
  let refused = 0;
  for await (const line of lines) {
    lineNumber++;
    const answer = await answerLineWithImages(line, lineNumber, { platform, assumePatient }, { ocr: nodeOcr, faces: nodeFaces });
    if ('error' in answer) refused++;
    if (!(await output.write(JSON.stringify(answer) + '\n'))) break;
  }
  if (output.closed) {
    // The reader went away (`| head -1`): nobody wants the rest, and that is no failure.
    process.stdin.destroy();
    return;
  }
  if (refused) {
    console.error(`${refused} of ${lineNumber} lines refused (see "error" in the output).`);
    process.exitCode = 1;
  }
}

/**
 * stdout for --jsonl. write() waits for 'drain' when stdout's buffer is full, so a huge input is
 * not buffered in memory, and resolves false once the reader has closed the pipe (EPIPE), which
 * also calls onClosed. Any other write error is fatal.
 */
function openOutput(onClosed: () => void) {
  let closed = false;
  let wakeWriter = () => {};
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (closed) return;
    closed = true;
    wakeWriter();
    onClosed();
  });
  return {
    get closed() {
      return closed;
    },
    async write(chunk: string): Promise<boolean> {
      if (!closed && !process.stdout.write(chunk)) {
        await new Promise<void>((resolve) => {
          wakeWriter = resolve;
          process.stdout.once('drain', resolve);
        });
      }
      return !closed;
    },
  };
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

/** Libraries that print (the OCR worker's notices) go to stderr: stdout carries only answers. */
function quietLibraries(): void {
  console.log = console.info = console.warn = console.debug = (...args: unknown[]) => console.error(...args);
}

function describeImages(paths: string[], findings: ImageFindingRecord[], errors: Array<{ image: number; message: string }>): string {
  return paths
    .map((file, i) => {
      const mine = findings.filter((f) => f.image === i);
      const error = errors.find((e) => e.image === i);
      const lines = mine.map((f) => {
        const where = f.box ? `at ${f.box.x},${f.box.y} ${f.box.width}×${f.box.height}` : (f.field ?? '');
        return `  ${f.category.padEnd(12)}${f.message}  ${where ? `(${where}) ` : ''}[${f.ruleId}]`;
      });
      const head = `${file}: ${error ? error.message : mine.length ? `${mine.length} finding${mine.length === 1 ? '' : 's'}` : 'no findings'}`;
      return [head, ...lines].join('\n');
    })
    .join('\n\n');
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
