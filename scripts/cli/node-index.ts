// The bundled index read from disk, for the command-line tools (the same EvidenceIndex the extension uses).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EvidenceIndex } from '../../src/core/evidence-index';

export const DATA_DIR = process.env.RXLENS_INDEX_DIR ?? join(import.meta.dirname, '..', '..', 'public', 'data');

export function openIndex(dir = DATA_DIR): EvidenceIndex {
  return new EvidenceIndex(async (path) => JSON.parse(await readFile(join(dir, path), 'utf8')));
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs a CLI's main, printing an error (not a stack) and exiting 1 on failure. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  });
}
