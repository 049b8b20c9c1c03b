// The generator's command line, kept apart from generate.ts so importing the
// library never runs it.
import { parseArgs } from "node:util";
import { generateRepo } from "./generate.js";

/** `vite-node bench/generate-cli.ts -- --services 60 --out DIR [--helm-ratio 0.3] [--resources 6] [--seed 1] [--env E ...]` */
function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: "string", default: "60" },
      out: { type: "string" },
      "helm-ratio": { type: "string", default: "0.3" },
      resources: { type: "string", default: "6" },
      seed: { type: "string", default: "1" },
      env: { type: "string", multiple: true },
    },
  });
  if (!values.out) throw new Error("--out DIR is required");
  const repo = generateRepo(values.out, {
    services: Number(values.services),
    helmRatio: Number(values["helm-ratio"]),
    resourcesPerService: Number(values.resources),
    seed: Number(values.seed),
    ...(values.env ? { environments: values.env } : {}),
  });
  const helm = repo.services.filter((s) => s.kind === "helm").length;
  console.log(
    `${repo.dir}: ${repo.services.length} services (${helm} helm), ${repo.files} files, ${(repo.bytes / 1024).toFixed(0)} KiB`,
  );
}

try {
  main(process.argv.slice(2));
} catch (err) {
  console.error(`generate: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
