/**
 * Splits a news report of a briefing (APP, Dawn: `pkfo/`) into statements. A statement runs from
 * one topic cue to the next ("To a question about…", "About X, she said…", "Condemning…"), over
 * the spokesperson's paragraphs only: sub-headlines, headings, bylines, captions, furniture, other
 * people's words and the reporter's background end a statement and belong to none. Datelines stay
 * out too. Odd text never throws: at worst it yields fewer statements.
 */

import { conventionCountry, detectIssuer } from "./meta-issuer.js";
import { reportTitle } from "./meta-title.js";
import { assemble } from "./report-assemble.js";
import { type Block, reportBlocks } from "./report-blocks.js";
import { countryNamed } from "./report-country-name.js";
import { cuesOf } from "./report-cues.js";
import { type Paragraph, spokespersonParagraphs } from "./report-flow.js";
import { datelineCountry } from "./report-places.js";
import { sentenceStarts } from "./report-sentences.js";
import {
  bareSpokespersonName,
  qualifiedOfficeCountry,
  type Spokesperson,
  spokespersonName,
  spokespersonPronoun,
  spokespersonSurname,
} from "./report-spokesperson.js";
import { plainView } from "./report-text.js";
import { type TitleHit, titledParagraphs, titles } from "./report-title-ref.js";
import type { SplitStatement } from "./types.js";

export interface ReportSplit {
  statements: SplitStatement[];
  /** The spokesperson's name as written, when the report gives it. */
  speakers: string[];
  /** The dateline's place as written ("ISLAMABAD"), or null. */
  dateline: string | null;
  /** The issuer: the caller's, else as detectIssuer reads the report (office, dateline), or null. */
  home: string | null;
  /** The headline, else the lede's first sentence (at most 200 characters). */
  title: string;
}

/** The report's text paragraphs, and the spokesperson titles in each (found once, used thrice). */
function paragraphsOf(
  text: string,
  blocks: Block[],
  home: string | null,
): { paras: Paragraph[]; hits: TitleHit[][] } {
  const out: Paragraph[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== "text" || block.contentStart >= block.end) return;
    const view = plainView(text, block.contentStart, block.end);
    const starts = sentenceStarts(view.text);
    out.push({
      block,
      index,
      view,
      starts,
      cues: cuesOf(view.text, starts),
      voice: "neutral",
      titled: false,
      included: false,
    });
  });
  const hits = out.map((p) => titles(p.view.text, home));
  const titled = titledParagraphs(
    hits,
    out.map((p, i) => i > 0 && p.index !== (out[i - 1] as Paragraph).index + 1),
  );
  out.forEach((p, i) => {
    p.titled = titled[i] === true;
  });
  return { paras: out, hits };
}

function profileOf(paras: Paragraph[], hits: readonly TitleHit[][]): Spokesperson {
  const texts = paras.map((p) => p.view.text);
  const titled = paras.map((p) => p.titled);
  let name: string | null = null;
  for (let i = 0; i < texts.length && !name; i++) name = spokespersonName(texts[i] as string, hits[i] ?? []);
  name ??= bareSpokespersonName(texts, titled);
  for (let i = 0; i < texts.length && !name; i++)
    name = spokespersonSurname(texts[i] as string, hits[i] ?? []);
  const surname = name ? (name.split(" ").pop() ?? null) : null;
  return { name, surname, pronoun: spokespersonPronoun(texts, surname, titled) };
}

/** How far into the report the office that speaks ("Foreign Office spokesperson") is looked for first. */
const OPENING_CHARS = 2000;

/** "In its weekly briefing, Pakistan's Foreign Office also condemned…": a ministry named by its country. */
const POSSESSIVE_MINISTRY =
  /\b([A-Z][a-z]+)['’]s\s+(?:Foreign Office|Foreign Ministry|Ministry of Foreign Affairs)\b/;

/**
 * The country whose office speaks anywhere in the report: news stories often quote the briefing only
 * after paragraphs of background, or under a dateline of several places ("WASHINGTON / ISLAMABAD:").
 */
function officeCountryIn(body: string): string | null {
  const possessive = POSSESSIVE_MINISTRY.exec(body)?.[1];
  return (
    conventionCountry(body) ??
    qualifiedOfficeCountry([body]) ??
    (possessive ? (countryNamed(possessive) ?? null) : null)
  );
}

/** The country the report's dateline tells, else the office that speaks: a clue for detectIssuer. */
function homeOf(text: string, bodyStart: number, dateline: string | null): string | null {
  const opening = text.slice(bodyStart, bodyStart + OPENING_CHARS).replace(/\u00ad/g, "");
  let anywhere: string | null | undefined;
  const officeAnywhere = () => {
    anywhere ??= officeCountryIn(text.slice(bodyStart).replace(/\u00ad/g, ""));
    return anywhere;
  };
  const several = dateline !== null && /[/&]/.test(dateline);
  return (
    datelineCountry(dateline, several ? officeAnywhere() : null) ??
    conventionCountry(opening) ??
    qualifiedOfficeCountry([opening]) ??
    officeAnywhere()
  );
}

export interface ReportOptions {
  /** The spokesperson's country when the caller knows it (ISO alpha-2); else the text tells. */
  home?: string | null;
}

/** Splits the report that starts at `bodyStart` (just after the header) into statements. */
export function splitReport(text: string, bodyStart: number, options: ReportOptions = {}): ReportSplit {
  const blocks = reportBlocks(text, bodyStart);
  const dateline = blocks.find((b) => b.kind === "text")?.dateline ?? null;
  const title = reportTitle(text, blocks);
  // One detector for the splitter's home and the briefing's issuer: the splitter reads sentences
  // relative to the issuer ("the country", "our"), so both must be the same country.
  const home =
    options.home ?? detectIssuer(text, bodyStart, { title, home: homeOf(text, bodyStart, dateline) });
  const { paras, hits } = paragraphsOf(text, blocks, home);
  const sp = profileOf(paras, hits);
  spokespersonParagraphs(paras, sp, home);
  const statements: SplitStatement[] = assemble(text, paras, home).map((s, i) => ({
    seq: i + 1,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    speaker: sp.name,
    question: null,
  }));
  return { statements, speakers: sp.name ? [sp.name] : [], dateline, home, title };
}
