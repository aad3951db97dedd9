// Answers the content script's and the popup's requests, after checking who sent them and
// what they sent. Unknown senders and malformed messages get nothing.
import browser, { type Runtime } from 'webextension-polyfill';
import type { EvidenceIndex } from '../core/evidence-index';
import { IndexError } from '../core/index-schema';
import {
  isValidRequest,
  type DrugCard,
  type MessageMap,
  type MessageType,
  type Request,
} from '../core/messages';
import { openEvidence } from './evidence-window';

export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

type Handler<T extends MessageType> = (
  payload: MessageMap[T]['payload'],
  sender: Runtime.MessageSender,
) => Promise<MessageMap[T]['reply']>;

export function createRouter(index: EvidenceIndex) {
  const handlers: { [T in MessageType]?: Handler<T> } = {
    getLexicon: async () => {
      try {
        return { ok: true, lexicon: await index.getLexiconFile() };
      } catch (error) {
        return {
          ok: false,
          error: error instanceof IndexError ? error.message : 'The name list could not be loaded.',
        };
      }
    },
    getCard: async ({ drugId }) => {
      try {
        const entry = await index.getDrug(drugId);
        if (!entry) return { ok: false, error: 'not in the index' };
        const indication = entry.groupOf?.length
          ? `A group of drugs, each with its own label: ${entry.groupOf.map((m) => m.name).join(', ')}.`
          : (entry.label?.sections.indications?.text.split(/(?<=\.)\s+/)[0] ?? null);
        const card: DrugCard = {
          id: entry.id,
          name: entry.name,
          cls: entry.classes[0]?.name ?? '',
          indication:
            indication && indication.length > 220
              ? `${indication.slice(0, 217).replace(/\s+\S*$/, '')} …`
              : indication,
          boxedWarning: Boolean(entry.label?.sections.boxedWarning),
        };
        return { ok: true, card };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
    openEvidence: async (payload, sender) => {
      await openEvidence(payload, sender.tab?.id);
      return { ok: true };
    },
  };

  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only our own contexts, only known well-formed requests; everything else is ignored so
    // that other listeners (and the polyfill) are unaffected.
    if (!isOwnSender(sender) || !isValidRequest(message)) return undefined;
    const handler = handlers[(message as Request).type] as Handler<MessageType> | undefined;
    return handler ? handler((message as Request).payload, sender) : undefined;
  };
}
