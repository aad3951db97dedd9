// The small card shown on hover or click of a highlight: drug name, class, one-line
// indication, boxed-warning flag and "Open evidence". It lives in a closed shadow root on
// <html> (outside <body>, so the page's text is unchanged) and exists only while shown.
import type { DrugCard } from '../core/messages';
import { OWN_UI_ATTR } from './text-scanner';

const STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; background: #fff; color: #1d2430;
  border: 1px solid #b9c4d3; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.name { font-weight: 700; font-size: 14px; }
.cls { color: #4a5668; font-size: 12px; }
.ind { margin: 6px 0; }
.bw { display: inline-block; background: #000; color: #fff; font-weight: 700; font-size: 11px; padding: 1px 6px; border-radius: 3px; margin: 2px 0; }
.row { display: flex; gap: 8px; margin-top: 6px; }
button { font: inherit; border-radius: 6px; border: 1px solid #1c5fa8; padding: 3px 10px; cursor: pointer; }
button.primary { background: #1c5fa8; color: #fff; }
button.close { background: #fff; color: #1c5fa8; }
button:focus-visible { outline: 3px solid #f0a000; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1e2530; color: #e8edf4; border-color: #4a5668; }
  .cls { color: #b3bfcf; }
  button.close { background: #1e2530; color: #9cc7ff; border-color: #9cc7ff; }
}`;

export class HoverCard {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  drugId: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onOpen: (drugId: string) => void,
  ) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  contains(node: EventTarget | null): boolean {
    return node === this.host;
  }

  show(card: DrugCard | { error: string; drugId: string }, at: DOMRect, focus: boolean): void {
    this.hide();
    const host = this.doc.createElement('rx-lens-card');
    host.setAttribute(OWN_UI_ATTR, 'card');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = STYLE;
    const box = this.el('div', 'card');
    box.setAttribute('role', 'dialog');
    const drugId = 'error' in card ? card.drugId : card.id;
    if ('error' in card) {
      box.append(this.el('div', 'name', drugId), this.el('div', 'ind', card.error));
    } else {
      box.setAttribute('aria-label', `${card.name}: drug summary`);
      box.append(this.el('div', 'name', card.name));
      if (card.cls) box.append(this.el('div', 'cls', card.cls));
      if (card.boxedWarning) box.append(this.el('div', 'bw', 'Boxed warning'));
      box.append(
        this.el('div', 'ind', card.indication ?? 'No FDA label indication in the bundled data.'),
      );
    }
    const row = this.el('div', 'row');
    const open = this.el('button', 'primary', 'Open evidence') as HTMLButtonElement;
    open.addEventListener('click', () => this.onOpen(drugId));
    const close = this.el('button', 'close', 'Close') as HTMLButtonElement;
    close.setAttribute('aria-label', 'Close drug summary');
    close.addEventListener('click', () => this.hide());
    row.append(open, close);
    box.append(row);
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
    });
    shadow.append(style, box);
    const view = this.doc.defaultView!;
    const top = at.bottom + 6 + 160 > view.innerHeight ? Math.max(4, at.top - 166) : at.bottom + 6;
    box.style.top = `${Math.round(top)}px`;
    box.style.left = `${Math.round(Math.min(Math.max(4, at.left), view.innerWidth - 330))}px`;
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.drugId = drugId;
    if (focus) open.focus();
  }

  hide(): void {
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.drugId = null;
  }

  private el(tag: string, cls: string, text?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
}
