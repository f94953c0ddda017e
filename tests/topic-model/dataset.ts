/**
 * Labelled statements for the topic model: the DEV fixtures (tests/fixtures/dev) and the topic-train
 * files (tests/fixtures/topic-train), their texts read from seeds/ or ../shared/corpus and checked by
 * sha-256. The holdout fixtures are never listed or opened here.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { splitBriefing } from "../../src/extract/split.js";
import type { SplitStatement } from "../../src/extract/types.js";
import { tagWithRules } from "../../src/tagging/tag-statements.js";
import { type FeatureOptions, type TopicFeatures, topicFeatures } from "../../src/tagging/topic-features.js";
import { WORD_VECTORS } from "../../src/tagging/word-vectors-data.js";
import { sha256Hex, sourcePath } from "../eval/fixtures.js";
import { nonSpace } from "../eval/intervals.js";

export const devDir = fileURLToPath(new URL("../fixtures/dev/", import.meta.url));
export const topicTrainDir = fileURLToPath(new URL("../fixtures/topic-train/", import.meta.url));

export interface LabelledStatement {
  start: number;
  end: number;
  question: { start: number; end: number } | null;
  topics: string[];
}

export interface LabelledFile {
  /** "dev/<name>" or "topic-train/<name>". */
  name: string;
  set: "dev" | "topic-train";
  source: string;
  sha256: string;
  issuer: string | null;
  text: string;
  statements: LabelledStatement[];
}

/** One statement as the model sees it. */
export interface Example {
  file: string;
  /** Non-space characters: the eval weighs statements by them. */
  chars: number;
  start: number;
  end: number;
  features: TopicFeatures;
  gold: string[];
  /** The rules' own topics at the gold boundaries (for comparison and combination). */
  rules: string[];
}

interface RawFile {
  source: string;
  sha256: string;
  issuer?: string;
  statements: LabelledStatement[];
}

function readText(source: string, sha256: string, name: string): string | null {
  const path = sourcePath(source);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  if (sha256Hex(bytes) !== sha256) throw new Error(`${name}: ${source} changed since it was labelled`);
  return bytes.toString("utf8");
}

/**
 * Every labelled file of a set whose source is present (files whose source is absent are skipped).
 * `from` reads the set's files from another directory (a frozen copy, so that an A/B comparison sees
 * the same labels while labellers keep committing).
 */
export function loadSet(set: "dev" | "topic-train", from?: string): LabelledFile[] {
  const dir = from ?? (set === "dev" ? devDir : topicTrainDir);
  if (!existsSync(dir)) return [];
  const out: LabelledFile[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".json")) continue;
    const name = `${set}/${f.slice(0, -5)}`;
    const raw = JSON.parse(readFileSync(join(dir, f), "utf8")) as RawFile;
    const text = readText(raw.source, raw.sha256, name);
    if (text === null) continue;
    const issuer = raw.issuer ?? splitBriefing(text).briefing.issuer;
    const statements = [...raw.statements].sort((a, b) => a.start - b.start);
    out.push({ name, set, source: raw.source, sha256: raw.sha256, issuer, text, statements });
  }
  return out;
}

/** The statements of a labelled file as the splitter would hand them to the tagger. */
export function splitStatementsOf(file: LabelledFile): SplitStatement[] {
  return file.statements.map((s, i) => ({
    seq: i + 1,
    start: s.start,
    end: s.end,
    text: file.text.slice(s.start, s.end),
    speaker: null,
    question: s.question
      ? {
          start: s.question.start,
          end: s.question.end,
          text: file.text.slice(s.question.start, s.question.end),
          asker: null,
        }
      : null,
  }));
}

/** The model's examples of one file: features at the gold boundaries, gold topics, the rules' topics. */
export function examplesOf(file: LabelledFile, options: FeatureOptions): Example[] {
  const measure = nonSpace(file.text);
  const tagged = tagWithRules(file.text, splitStatementsOf(file), file.issuer);
  return tagged.map((t, i) => {
    const gold = file.statements[i] as LabelledStatement;
    return {
      file: file.name,
      chars: measure(gold.start, gold.end),
      start: gold.start,
      end: gold.end,
      features: topicFeatures(t.own, t.asked, t.rules, options, options.vectors ? WORD_VECTORS : null),
      gold: [...new Set(gold.topics)],
      rules: t.statement.topics.map((x) => x.slug),
    };
  });
}
