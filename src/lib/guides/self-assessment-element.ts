/**
 * The `self-assessment` custom element: a thin layer over the server-rendered radio groups. It reads and writes
 * localStorage, shows scores and the printed report, and wires the export and import buttons; the rules live in
 * assessment-score.ts, assessment-io.ts and checklist-migrations.ts. Every user-supplied text (the authority's name,
 * reasons, imported files) is written with textContent or value, never as HTML.
 */
// First: it must run before any schema module is evaluated.
import '../site/zod-jitless.ts';
import { buildExport, parseImport, replacedCount } from './assessment-io.ts';
import {
  assessmentRows,
  computeScores,
  parseSavedState,
  serialiseState,
  STORAGE_KEY,
  type AssessmentLabels,
  type ExportMeasure,
  type MeasureRef,
  type SavedState,
} from './assessment-score.ts';
import { migrateAnswers } from './checklist-migrations.ts';
import { toCsv } from '../open-data/csv.ts';
import { format, formatCount } from '../site/format.ts';
import { readIslandStrings } from '../site/island-strings.ts';
import type { Answer } from '../../schemas/assessment-export.ts';
import { MAX_IMPORT_BYTES } from '../../schemas/assessment-export.ts';

/** localStorage can be missing or refuse writes (private modes, full quota); the page then works unsaved. */
function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function download(parts: BlobPart[], type: string, name: string, host: HTMLElement): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

class SelfAssessmentElement extends HTMLElement {
  #state: SavedState = { answers: new Map(), bestuur: '' };
  #items: HTMLElement[] = [];
  #labels!: AssessmentLabels;
  #migrations: Record<string, string[]> = {};
  #pending: SavedState | undefined;

  connectedCallback(): void {
    this.#labels = readIslandStrings<AssessmentLabels>(this);
    this.#migrations = JSON.parse(this.dataset.migrations ?? '{}') as Record<string, string[]>;
    this.#items = [...this.querySelectorAll<HTMLElement>('[data-measure]')];
    const saved = parseSavedState(readStorage());
    const { answers, moved } = migrateAnswers(saved.answers, this.#migrations);
    this.#state = { answers, bestuur: saved.bestuur };
    // Write back at once: the storage then holds the current format and ids.
    if (moved > 0 || readStorage() !== null) this.#save();
    this.#showAnswers();
    this.addEventListener('change', this.#onChange);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('click', this.#onClick);
    this.querySelector<HTMLElement>('[data-panel]')!.hidden = false;
    this.toggleAttribute('data-ready', true);
    this.#render();
  }

  disconnectedCallback(): void {
    this.removeEventListener('change', this.#onChange);
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('click', this.#onClick);
  }

  #nameInput(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('[data-name]')!;
  }

  #showAnswers(): void {
    this.#nameInput().value = this.#state.bestuur;
    for (const item of this.#items) {
      const answer = this.#state.answers.get(item.dataset.measure!);
      const status = answer?.status ?? 'open';
      for (const radio of item.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
        radio.checked = radio.value === status;
      item.querySelector<HTMLInputElement>('[data-reason-input]')!.value =
        answer?.status === 'na' ? (answer.reason ?? '') : '';
      item.querySelector<HTMLElement>('[data-reason]')!.hidden = status !== 'na';
    }
  }

  #answerOf(item: HTMLElement): Answer | undefined {
    const status = item.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
    if (status === 'done') return { status: 'done' };
    if (status !== 'na') return undefined;
    const reason = item.querySelector<HTMLInputElement>('[data-reason-input]')!.value.trim();
    return reason ? { status: 'na', reason } : { status: 'na' };
  }

  #onChange = (event: Event): void => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (input.hasAttribute('data-import')) {
      void this.#readImport(input);
      return;
    }
    const item = input.closest<HTMLElement>('[data-measure]');
    if (!item) return;
    const answer = this.#answerOf(item);
    if (answer) this.#state.answers.set(item.dataset.measure!, answer);
    else this.#state.answers.delete(item.dataset.measure!);
    item.querySelector<HTMLElement>('[data-reason]')!.hidden = answer?.status !== 'na';
    this.#status('');
    this.#save();
    this.#render();
  };

  /** Text fields save while typing, so closing the tab loses nothing. */
  #onInput = (event: Event): void => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (input.hasAttribute('data-name')) {
      this.#state.bestuur = input.value.trim();
    } else if (input.hasAttribute('data-reason-input')) {
      const item = input.closest<HTMLElement>('[data-measure]')!;
      const answer = this.#answerOf(item);
      if (answer) this.#state.answers.set(item.dataset.measure!, answer);
    } else {
      return;
    }
    this.#save();
    this.#render();
  };

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'print') window.print();
    else if (action === 'export') this.#exportCsv();
    else if (action === 'export-json') this.#exportJson();
    else if (action === 'reset') this.#reset();
    else if (action === 'import-apply') this.#applyImport();
    else if (action === 'import-cancel') this.#cancelImport(this.#labels.importCancelled);
  };

  #save(): void {
    try {
      if (this.#state.answers.size === 0 && !this.#state.bestuur) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, serialiseState(this.#state));
    } catch {
      this.#status(this.#labels.saveFailed);
    }
  }

  #reset(): void {
    if (!window.confirm(this.#labels.resetConfirm)) return;
    this.#state = { answers: new Map(), bestuur: '' };
    this.#showAnswers();
    this.#save();
    this.#render();
    this.#status(this.#labels.resetDone);
  }

  #status(text: string): void {
    this.querySelector('[data-status]')!.textContent = text;
  }

  #importStatus(text: string): void {
    this.querySelector('[data-import-status]')!.textContent = text;
  }

  #currentIds(): Set<string> {
    return new Set(this.#items.map((item) => item.dataset.measure!));
  }

  async #readImport(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.#cancelImport('');
    // The size is checked before reading, so a huge file is never loaded into memory.
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = parseImport(text, file.size, this.#migrations, this.#currentIds());
    if (!result.ok) {
      this.#importStatus(this.#labels.importErrors[result.error]);
      return;
    }
    this.#pending = { answers: result.answers, bestuur: result.bestuur || this.#state.bestuur };
    const count = replacedCount(this.#state.answers, result.answers);
    const total = result.answers.size;
    const parts = [formatCount(this.#labels.importConfirm, count, { total })];
    if (result.unknown > 0) parts.push(formatCount(this.#labels.importUnknown, result.unknown));
    this.querySelector('[data-confirm-text]')!.textContent = parts.join(' ');
    const confirm = this.querySelector<HTMLElement>('[data-confirm]')!;
    confirm.hidden = false;
    confirm.querySelector<HTMLButtonElement>('[data-action="import-apply"]')!.focus();
  }

  #cancelImport(message: string): void {
    this.#pending = undefined;
    this.querySelector<HTMLElement>('[data-confirm]')!.hidden = true;
    this.#importStatus(message);
  }

  #applyImport(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#state = pending;
    this.#cancelImport(formatCount(this.#labels.importDone, pending.answers.size));
    this.#showAnswers();
    this.#save();
    this.#render();
  }

  #measures(): MeasureRef[] {
    return this.#items.map((item) => ({
      id: item.dataset.measure!,
      topic: item.dataset.topic!,
      guide: item.dataset.guide!,
    }));
  }

  #scoreText(template: string, score: { done: number; total: number; percent: number; na: number }): string {
    const text = format(template, { ...score });
    return score.na > 0 ? `${text}, ${formatCount(this.#labels.naCount, score.na)}` : text;
  }

  #render(): void {
    const scores = computeScores(this.#measures(), this.#state.answers);
    const overall = this.#scoreText(this.#labels.overall, scores.overall);
    this.querySelector('[data-overall]')!.textContent = overall;
    for (const topic of scores.topics) {
      const text = this.#scoreText(this.#labels.topicScore, topic);
      for (const cell of this.querySelectorAll(
        `[data-topic-score="${topic.topic}"], [data-report-topic="${topic.topic}"]`,
      )) {
        cell.textContent = text;
      }
    }
    const missing = this.querySelector('[data-missing]')!;
    const items = scores.guides
      .filter((guide) => guide.done < guide.total)
      .map((guide) => {
        const first = this.#items.find((item) => item.dataset.guide === guide.guide)!;
        const li = document.createElement('li');
        const link = document.createElement('a');
        // The guide's own checklist is where the missing measures are explained.
        link.href = first.dataset.guideChecklist!;
        link.textContent = first.dataset.guideTitle!;
        const count = guide.total - guide.done;
        li.append(link, `: ${formatCount(this.#labels.missingGuide, count)}`);
        return li;
      });
    if (items.length === 0) {
      const li = document.createElement('li');
      li.textContent = this.#labels.missingNone;
      items.push(li);
    }
    missing.replaceChildren(...items);
    this.#renderReport(overall);
  }

  /** The printed report: always kept up to date, shown only in print (see the print layer below). */
  #renderReport(overall: string): void {
    const date = this.querySelector<HTMLTimeElement>('[data-report-date]')!;
    date.dateTime = today();
    date.textContent = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long' }).format(new Date());
    this.querySelector('[data-report-name]')!.textContent = this.#state.bestuur || this.#labels.reportNoName;
    this.querySelector('[data-report-overall]')!.textContent = overall;
    const template = this.querySelector<HTMLTemplateElement>('template[data-open-item]')!;
    const open = this.#items
      .filter((item) => !this.#state.answers.has(item.dataset.measure!))
      .map((item) => {
        const li = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        const link = li.querySelector<HTMLAnchorElement>('[data-open-link]')!;
        link.href = item.dataset.href!;
        link.textContent = item.querySelector('[data-text]')!.textContent!.trim();
        li.querySelector('[data-open-guide]')!.textContent = `(${item.dataset.guideTitle!})`;
        return li;
      });
    if (open.length === 0) {
      const li = document.createElement('li');
      li.textContent = this.#labels.missingNone;
      open.push(li);
    }
    this.querySelector('[data-report-open]')!.replaceChildren(...open);
  }

  #exportMeasures(): ExportMeasure[] {
    return this.#items.map((item) => ({
      id: item.dataset.measure!,
      topicLabel: item.dataset.topicLabel!,
      guideTitle: item.dataset.guideTitle!,
      text: item.querySelector('[data-text]')!.textContent!.trim(),
    }));
  }

  #exportCsv(): void {
    const rows = assessmentRows(this.#exportMeasures(), this.#state.answers, this.#labels.csv);
    // The byte order mark makes spreadsheet programs read the accents as UTF-8.
    download(['\uFEFF', toCsv(rows)], 'text/csv;charset=utf-8', this.#labels.fileName, this);
  }

  #exportJson(): void {
    const data = buildExport(this.#state.answers, this.#state.bestuur, today());
    download([`${JSON.stringify(data, null, 2)}\n`], 'application/json', this.#labels.jsonFileName, this);
  }
}

customElements.define('self-assessment', SelfAssessmentElement);
