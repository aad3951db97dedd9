// The focus of a question's summary over the bundled index, for the tests that read a note.
import type { openIndex } from '../../scripts/cli/node-index';

/** The summary's focus for a question; a lookup that answers no drug fails the test. */
export async function focusOf(index: ReturnType<typeof openIndex>, question: string) {
  const r = await index.lookup(question);
  if (!r.ok) throw new Error(r.error);
  return r.summary.focus;
}
