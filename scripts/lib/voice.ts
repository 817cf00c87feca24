/**
 * Form-of-address check: the site addresses readers as "u". Finds informal address (je, jij, jou, jouw, jullie,
 * jezelf, je'...) in prose, leaving out what readers never read as prose: code, URLs, frontmatter keys, JSON keys.
 */

export interface VoiceException {
  /** Path relative to the project root, forward slashes. */
  file: string;
  /** The exact quoted phrase in which informal address is allowed. */
  phrase: string;
  reason: string;
}

export interface VoiceHit {
  file: string;
  line: number;
  word: string;
}

export interface VoiceResult {
  hits: VoiceHit[];
  /** Exceptions that allowed nothing: a stale entry would silently allow a future quote elsewhere in the file. */
  unusedExceptions: VoiceException[];
}

// Hyphen and apostrophe count as word characters so slugs and words like "meisje" or "kaartje" never match.
const INFORMAL = /(?<![\p{L}\p{N}_'’-])(?:je['’]\p{L}*|jezelf|jullie|jouw|jou|jij|je)(?![\p{L}\p{N}_-])/giu;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Replaces matches with spaces so line numbers and columns stay the same. */
const blankAll = (text: string, re: RegExp) => text.replace(re, blank);

function stripUrls(text: string): string {
  return blankAll(blankAll(text, /\]\([^)\n]*\)/g), /\b(?:https?:\/\/|mailto:|www\.)[^\s)>\]"'`]+/gi);
}

/** Markdown and MDX: keeps prose and frontmatter values, blanks the rest. */
function proseOfMarkdown(text: string): string {
  const lines = text.split('\n');
  let inFrontmatter = lines[0]?.trim() === '---';
  let fence: string | null = null;
  const out = lines.map((line, i) => {
    if (inFrontmatter) {
      if (i > 0 && line.trim() === '---') {
        inFrontmatter = false;
        return '';
      }
      if (i === 0) return '';
      return line.replace(/^(\s*-?\s*)[\w.-]+\s*:/, blank);
    }
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      return blank(line);
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      return blank(line);
    }
    if (/^(?:import|export)\s/.test(line)) return blank(line);
    return line;
  });
  return stripUrls(blankAll(out.join('\n'), /`[^`\n]*`/g));
}

/** JSON: string values only; keys are identifiers, not prose. */
function proseOfJson(text: string): string {
  return stripUrls(blankAll(text, /"(?:[^"\\\n]|\\.)*"\s*:/g));
}

/** TypeScript (src/i18n): the contents of string literals that are not object keys. */
function proseOfTypeScript(text: string): string {
  const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(literal)) {
    const start = m.index;
    const end = start + m[0].length;
    const isKey = /^\s*:/.test(text.slice(end, end + 20));
    out += blank(text.slice(last, start)) + (isKey ? blank(m[0]) : m[0]);
    last = end;
  }
  return stripUrls(out + blank(text.slice(last)));
}

function proseOf(file: string, text: string): string {
  if (/\.mdx?$/.test(file)) return proseOfMarkdown(text);
  if (file.endsWith('.json')) return proseOfJson(text);
  if (/\.[cm]?ts$/.test(file)) return proseOfTypeScript(text);
  throw new Error(`${file}: onbekend bestandstype voor de controle op aanspreekvorm`);
}

/** Informal address in one file, minus what the exceptions allow (marking those exceptions as used). */
export function findInformalAddress(
  file: string,
  text: string,
  exceptions: VoiceException[] = [],
  used: Set<VoiceException> = new Set(),
): VoiceHit[] {
  const own = exceptions.filter((e) => e.file === file);
  const prose = proseOf(file, text).split('\n');
  const original = text.split('\n');
  const hits: VoiceHit[] = [];
  prose.forEach((line, i) => {
    for (const m of line.matchAll(INFORMAL)) {
      const at = m.index;
      const allowedBy = own.find((e) => {
        for (let from = original[i]!.indexOf(e.phrase); from !== -1; from = original[i]!.indexOf(e.phrase, from + 1)) {
          if (at >= from && at < from + e.phrase.length) return true;
        }
        return false;
      });
      if (allowedBy) used.add(allowedBy);
      else hits.push({ file, line: i + 1, word: m[0] });
    }
  });
  return hits;
}

export function checkVoice(files: { file: string; text: string }[], exceptions: VoiceException[]): VoiceResult {
  const used = new Set<VoiceException>();
  const hits = files.flatMap(({ file, text }) => findInformalAddress(file, text, exceptions, used));
  return { hits, unusedExceptions: exceptions.filter((e) => !used.has(e)) };
}

/** Validates content/voice-exceptions.json; a malformed entry fails loudly instead of allowing nothing. */
export function parseExceptions(source: string, json: unknown): VoiceException[] {
  if (!Array.isArray(json)) throw new Error(`${source}: moet een lijst van uitzonderingen zijn`);
  return json.map((entry: unknown, i) => {
    const e = entry as Record<string, unknown>;
    for (const field of ['file', 'phrase', 'reason'] as const) {
      if (typeof e?.[field] !== 'string' || (e[field] as string).trim() === '') {
        throw new Error(`${source}: uitzondering ${i + 1}: veld "${field}" ontbreekt of is leeg`);
      }
    }
    return { file: e.file as string, phrase: e.phrase as string, reason: e.reason as string };
  });
}
