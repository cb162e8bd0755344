/**
 * The W3C Nu HTML Checker gate: the checker the W3C's own validator runs (`vnu-jar` from npm),
 * started once for the whole output folder in one Java process. It needs Java 17 or later;
 * `npm test` installs Debian's `default-jre-headless` as root, and README says how otherwise.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The Java the checker runs on: `JAVA` if set, else `java` on the PATH. */
export const JAVA = process.env.JAVA ?? 'java';

/** The checker's jar; the package's main export is a string object holding its path. */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Messages about the page's Content-Security-Policy `<meta>`, which the checker misjudges on
 * files: with no origin, `'self'` matches nothing, so every stylesheet and script is reported
 * as blocked, and JSON data blocks are reported as inline scripts although CSP does not apply
 * to them. (Checking over HTTP instead is not possible: the checker refuses loopback hosts.)
 * The security gate checks the policy itself.
 */
const FILTERED = '.*violates Content Security Policy \\(meta tag\\).*';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * Every error and warning the Nu HTML Checker reports on the HTML files of `dir`, one line
 * each: the file relative to `dir`, the line and column, and the checker's message.
 */
export async function nuErrors(dir: string): Promise<string[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(
      JAVA,
      [
        // The checker's parser recurses deeply; Java's default thread stack is too small for it.
        '-Xss4m',
        // A run of seconds gains nothing from the optimising compiler, which only adds start-up.
        '-XX:TieredStopAtLevel=1',
        '-jar',
        VNU_JAR,
        '--format',
        'json',
        '--stdout',
        '--skip-non-html',
        '--filterpattern',
        FILTERED,
        dir,
      ],
      { maxBuffer: 256 * 1024 * 1024 },
    ));
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(
        `The Nu HTML Checker needs Java 17 or later, and "${JAVA}" was not found. Install it ` +
          '(Debian/Ubuntu: sudo apt-get install default-jre-headless) or set JAVA to its path.',
        { cause: error },
      );
    }
    // The checker exits with 1 when it reports an error; its report is still on stdout.
    if (!failure.stdout) throw error;
    stdout = failure.stdout;
  }
  const { messages } = JSON.parse(stdout) as { messages: NuMessage[] };
  return messages
    .filter((message) => message.type !== 'info' || message.subType === 'warning')
    .map((message) => {
      const file = message.url?.startsWith('file:')
        ? path.relative(dir, fileURLToPath(message.url)).split(path.sep).join('/')
        : (message.url ?? '(checker)');
      const kind = message.subType ?? message.type;
      return `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? 0}: ${kind}: ${message.message}`;
    })
    .sort();
}
