/**
 * Output for `gitops` running inside a GitHub Actions step (`run: gitops
 * validate`), where the runner reads every line of stdout and stderr for
 * workflow commands. Findings, tool errors and diffs quote manifests, policy
 * messages and commit text that anyone opening a pull request controls, so a
 * write that could hold a command goes out between stop-commands markers
 * (see packages/github/src/untrusted.ts).
 */
import { mayRunAsCommand, untrustedBlock } from "../../github/src/untrusted.js";
import type { Io } from "./command.js";

/** Which streams the runner reads: one redirected to a file (`gitops diff > diff.md`) is not. */
export interface LoggedStreams {
  stdout: boolean;
  stderr: boolean;
}

/**
 * `io` with human text made inert on the logged streams; `json` is for `--json`
 * runs, whose stdout stays one JSON document.
 */
export function inertIo(
  io: Io,
  logged: LoggedStreams = { stdout: true, stderr: true },
): { text: Io; json: Io } {
  const stderr = logged.stderr ? inertText(io.stderr) : io.stderr;
  return {
    text: { stdout: logged.stdout ? inertText(io.stdout) : io.stdout, stderr, isTTY: io.isTTY },
    json: {
      stdout: logged.stdout
        ? (t) => {
            io.stdout(inertJson(t));
          }
        : io.stdout,
      stderr,
      isTTY: io.isTTY,
    },
  };
}

/**
 * A writer that wraps each write that could hold a command. A command can
 * also be split over two writes (`::` then `error::x`), so the end of the
 * unfinished line is checked together with the next write; the block then
 * starts on a line of its own, since markers only count at the start of one.
 */
function inertText(write: (text: string) => void): (text: string) => void {
  // The last characters of the line being written: enough to complete "::" or "##[".
  let tail = "";
  return (text) => {
    if (text === "") return;
    if (mayRunAsCommand(tail + text)) {
      write(`${tail === "" ? "" : "\n"}${untrustedBlock(text)}`);
      tail = "";
      return;
    }
    write(text);
    const line = tail + text;
    const end = Math.max(line.lastIndexOf("\n"), line.lastIndexOf("\r"));
    // Empty exactly when the output is at the start of a line.
    tail = line.slice(end + 1).slice(-2);
  };
}

/**
 * JSON can only carry the older `##[command]` syntax (strings hold no raw line
 * breaks, so no line starts with `::`). `#` occurs only inside strings, where
 * `\u0023` is the same character, so the document parses to the same value.
 */
function inertJson(text: string): string {
  return text.replaceAll("##[", "#\\u0023[");
}
