/**
 * Reads many files at many commits with one `git cat-file --batch`, instead
 * of one `git show <sha>:<path>` process per file and side.
 */
import { spawn } from "node:child_process";

/** `<sha>:./<path>` names a file at a commit, relative to the folder git runs in (the repo, maybe a subfolder). */
export function blobSpec(sha: string, path: string): string {
  return `${sha}:./${path}`;
}

/** Largest file we read back; a bigger one is treated as unreadable (a config file is never this big). */
const MAX_BLOB_BYTES = 4 * 1024 * 1024;

/**
 * The contents of each `<sha>:<path>` that exists and is a file of at most
 * 4 MiB, keyed by spec. Missing paths (a file added or deleted by the commit)
 * are simply absent. Paths with a newline cannot be asked for in batch mode
 * and are skipped.
 */
export async function readBlobs(repo: string, specs: readonly string[]): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(specs)].filter((s) => !s.includes("\n"));
  const result = new Map<string, Buffer>();
  // In chunks, so a long history never holds every file of every commit in memory at once.
  for (let i = 0; i < wanted.length; i += CHUNK) {
    await readChunk(repo, wanted.slice(i, i + CHUNK), result);
  }
  return result;
}

const CHUNK = 256;

async function readChunk(repo: string, wanted: string[], result: Map<string, Buffer>): Promise<void> {
  const out = await catFile(repo, wanted.join("\n") + "\n");
  let offset = 0;
  for (const spec of wanted) {
    const eol = out.indexOf(0x0a, offset);
    if (eol < 0) throw new Error(`git cat-file ended early, before ${spec}`);
    const header = out.subarray(offset, eol).toString("utf8");
    offset = eol + 1;
    // `<oid> <type> <size>` is followed by the content and a newline; anything else
    // (`<spec> missing`, `<spec> ambiguous`) has no body.
    const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === "blob" && size <= MAX_BLOB_BYTES) result.set(spec, out.subarray(offset, offset + size));
    offset += size + 1;
  }
}

function catFile(repo: string, input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], {
      cwd: repo,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`git cat-file --batch exited ${code}: ${stderr.trim().split("\n")[0] ?? ""}`));
    });
    child.stdin.on("error", reject);
    child.stdin.end(input);
  });
}
