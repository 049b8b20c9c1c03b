import { UserError } from "../../core/src/index.js";

/** Typed reads of parsed TOML values; a wrong type is a `UserError` naming the file and setting. */
export function tables(value: unknown, file: string, where: string): Record<string, unknown>[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v))
      throw new UserError(`${file}: ${where} must be a table`, file);
    return v as Record<string, unknown>;
  });
}

export function strings(value: unknown, file: string, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new UserError(`${file}: ${where} must be a list of strings`, file);
  }
  return value as string[];
}

export function str(value: unknown, file: string, where: string): string {
  if (typeof value !== "string") throw new UserError(`${file}: ${where} must be a string`, file);
  return value;
}

export function int(value: unknown, file: string, where: string): number {
  const n = typeof value === "bigint" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
    throw new UserError(`${file}: ${where} must be a whole number`, file);
  return n;
}

export function num(value: unknown, file: string, where: string): number {
  const n = typeof value === "bigint" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new UserError(`${file}: ${where} must be a number`, file);
  return n;
}
