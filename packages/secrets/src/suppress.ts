/**
 * Lines that hold ciphertext meant to be committed: the `encryptedData` of a
 * Bitnami SealedSecret (YAML block or JSON object). SOPS values are
 * recognised by their `ENC[` form wherever they are, so they need no region.
 */
export function suppressedLines(text: string): Set<number> {
  const out = new Set<number>();
  if (!text.includes("encryptedData")) return out;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const head = /^(\s*)["']?encryptedData["']?\s*:\s*(\{)?\s*$/.exec(line);
    if (!head) continue;
    const indent = (head[1] ?? "").length;
    const json = head[2] === "{";
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] as string;
      const nextIndent = /^\s*/.exec(next)?.[0].length ?? 0;
      if (
        json
          ? next.trim().startsWith("}") && nextIndent <= indent
          : next.trim() !== "" && nextIndent <= indent
      ) {
        break;
      }
      out.add(j + 1);
    }
  }
  return out;
}
