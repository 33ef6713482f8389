// Cheaper stack traces in the test workers. Playwright formats a stack trace for every API call (to
// place each step in the test's source), and the source-map-support it installs wraps each frame
// of it in a copy with ~30 closures while it looks for a source map. Frames in node_modules and
// Node's own modules have none, and were a fifth of a worker's CPU. Here they are written as V8
// writes them; frames of the project's own (transpiled) files still go through the source maps, so
// steps, errors and code frames point at the same lines as before.
//
// Playwright also raises Error.stackTraceLimit to 200, and makes an Error for every protocol call
// it sends (to report where a failed call came from); 40 frames reach well past a test's own.

type Prepare = (error: Error, frames: NodeJS.CallSite[]) => string;

/** A frame of the project's own code: the only frames a source map can move. */
const ownFrame = (f: NodeJS.CallSite) => {
  const file = f.getFileName();
  return !f.isNative() && !!file && !file.startsWith('node:') && !file.includes('/node_modules/');
};

export function lightenStackTraces(): void {
  const mapped = Error.prepareStackTrace as (Prepare & { light?: true }) | undefined;
  if (!mapped || mapped.light) return;
  const light: Prepare & { light?: true } = (error, frames) => {
    const own = frames.filter(ownFrame);
    if (own.length === frames.length) return mapped(error, frames);
    // source-map-support's head: the error's name and message; then one "\n    at " line per frame.
    const head = `${error.name || 'Error'}: ${error.message || ''}`;
    const ownText = mapped(error, own);
    const ownLines = ownText.startsWith(head) ? ownText.slice(head.length).split('\n    at ').slice(1) : [];
    if (ownLines.length !== own.length) return mapped(error, frames);
    let k = 0;
    return head + frames.map((f) => `\n    at ${ownFrame(f) ? ownLines[k++] : String(f)}`).join('');
  };
  light.light = true;
  Error.prepareStackTrace = light as typeof Error.prepareStackTrace;
  Error.stackTraceLimit = Math.min(Error.stackTraceLimit, 40);
}
