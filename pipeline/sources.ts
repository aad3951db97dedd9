// Readers for the raw public data in ../shared/data (never copied into the project).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DEFAULT_DATA_DIR = join(import.meta.dirname, '..', '..', 'shared', 'data');

export function readText(path: string): string {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/** One object per non-empty line; a bad line is reported with its file and line number. */
export function readJsonl<T>(path: string): T[] {
  const out: T[] = [];
  readText(path)
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as T);
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
      }
    });
  return out;
}

/** Rows of a TSV with a header row, as objects keyed by the header. */
export function readTsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readText(path).split('\n');
  const keys = (header ?? '').split('\t');
  return lines
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.split('\t');
      return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']));
    });
}

/** Files of a folder that match a pattern, sorted so that every run reads them in one order. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(dir, f));
}
