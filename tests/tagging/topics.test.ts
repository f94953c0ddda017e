import { describe, expect, it } from "vitest";
import ruleData from "../../src/tagging/data/topic-rules.json" with { type: "json" };
import { tagStatements } from "../../src/tagging/tag-statements.js";
import { thresholdFor } from "../../src/tagging/topic-scorer.js";
import { TOPICS } from "../../src/tagging/topics.js";
import { oneAnswer } from "../support/one-answer.js";

/** Tags `answer` (and `question`, when given) laid out in one briefing text, topics by the rules alone. */
function tag(answer: string, question?: string, issuer: string | null = "PK") {
  const { text, statement: st } = oneAnswer(answer, question);
  return { text, tagged: tagStatements(text, [st], { issuer, topics: "rules" })[0] };
}

const slugs = (answer: string, question?: string, issuer?: string | null) =>
  tag(answer, question, issuer).tagged?.topics.map((t) => t.slug);

describe("the topic vocabulary", () => {
  it("has issue 2's 21 slugs with their IPTC Media Topic codes", () => {
    expect(TOPICS.map((t) => [t.slug, t.iptc])).toEqual([
      ["terrorism", ["medtop:20000053"]],
      ["security", ["medtop:20000598"]],
      ["armed-conflict", ["medtop:16000000"]],
      ["diplomacy", ["medtop:20000639"]],
      ["international-organizations", ["medtop:20000644"]],
      ["trade-economy", ["medtop:20000373"]],
      ["energy", ["medtop:20000256"]],
      ["migration", ["medtop:20000771", "medtop:20000645"]],
      ["human-rights", ["medtop:20000592"]],
      ["religion", ["medtop:20000590"]],
      ["territorial-dispute", ["medtop:20001316"]],
      ["crime-justice", ["medtop:20000131"]],
      ["health", ["medtop:07000000"]],
      ["technology", ["medtop:13000000"]],
      ["media", ["medtop:01000000"]],
      ["environment", ["medtop:06000000"]],
      ["disaster-humanitarian", ["medtop:03000000"]],
      ["domestic-politics", ["medtop:11000000"]],
      ["consular", []],
      ["arms-control", []],
      ["education-culture", ["medtop:05000000"]],
    ]);
  });
});

describe("topic scoring", () => {
  it("does not make a topic of a passing word", () => {
    expect(
      slugs("She said there were many areas of cooperation including in the trade domain with Iran."),
    ).toEqual([]);
  });

  it("drops a topic scoring under a quarter of the best one", () => {
    const text =
      "Refugees, refugees and more refugees crossed; migrants and asylum seekers too, with a visa or a passport.";
    expect(slugs(`${text} It is a matter of trade.`)).toEqual(["migration"]);
    expect(slugs("It is a matter of trade.")).toEqual(["trade-economy"]);
  });

  it("keeps at most the three best topics", () => {
    expect(
      slugs(
        "Terrorism, refugees, the pandemic, climate change and tariffs: terrorism and refugees above all.",
      ),
    ).toEqual(["migration", "terrorism", "environment"]);
  });

  it("keeps a topic named outright under a quarter of the best, but not under an eighth", () => {
    const economy = "Inflation fell, unemployment fell, GDP grew and the economy grew";
    expect(slugs(`${economy}, outside of the pandemic.`)).toEqual(["trade-economy", "health"]);
    const more = `${economy}, tariffs and interest rates fell, economic growth held, no recession came`;
    expect(slugs(`${more} and the trade deficit narrowed, outside of the pandemic.`)).toEqual([
      "trade-economy",
    ]);
  });

  it("keeps a third topic only with a third of the best topic's score", () => {
    const text =
      "Refugees, migrants and asylum seekers with visas faced deportation; they fled terrorism and terrorist attacks";
    expect(slugs(`${text}, and trade and exports suffered.`)).toEqual(["migration", "terrorism"]);
    expect(slugs(`${text}, and trade, tariffs and exports suffered.`)).toEqual([
      "migration",
      "trade-economy",
      "terrorism",
    ]);
  });

  it("keeps the strongest cue of an answer where no topic reaches the threshold, up to 499 words", () => {
    const filler = " and we will share more when we can".repeat(6);
    // 48 words: threshold 3; "police" (2) is the only cue, so it is the subject.
    expect(slugs(`The President spoke to the Police Department${filler}.`)).toEqual(["crime-justice"]);
    // A weak cue alone is still a passing word.
    expect(slugs(`The President will visit${filler}.`)).toEqual([]);
    // Beside a topic that reaches the threshold, the single cue stays a side remark.
    expect(slugs(`Terrorism and terrorist attacks; the Police Department${filler}.`)).toEqual(["terrorism"]);
  });

  it("counts two spellings of one phrase as one cue ('foreign minister*', 'Foreign Minister*')", () => {
    const { tagged } = tag("The Foreign Minister will visit Beijing.");
    expect(tagged?.topics.map((t) => [t.slug, t.score, t.evidence.map((e) => e.rule)])).toEqual([
      ["diplomacy", 2, ["topic:diplomacy:foreign-minister", "topic:diplomacy:visit"]],
    ]);
  });

  it("reads a phrase naming its own subject before the generic word inside it", () => {
    expect(slugs("India's terrorist financing continues.")).toEqual(["terrorism"]);
    expect(slugs("Economic and trade cooperation with Japan grew.")).toEqual(["trade-economy"]);
    const phrases = "We will make the case to Congress, and that is the case; the legal team agrees.";
    expect(slugs(phrases, undefined, "US")).toEqual(["domestic-politics"]);
  });

  it("does not read names and other words that begin like a cue as the cue ('Courtney', 'Crimea', 'hospitality')", () => {
    expect(
      slugs("Courtney, go ahead. Courtney? The hospitality of Crimea, said Churchill, was filmed."),
    ).toEqual([]);
    expect(slugs("The court heard the crimes; hospitals filled.")).toEqual(["crime-justice", "health"]);
  });

  it("reads protest rights, free speech and the Xinjiang training centres as human rights, Air Force One as no security cue", () => {
    expect(
      slugs("Citizens have the right to protest peacefully; free speech is protected.", undefined, "US"),
    ).toEqual(["human-rights"]);
    expect(
      slugs("The vocational education and training centers in Xinjiang are lawful.", undefined, "CN"),
    ).toEqual(["human-rights"]);
    expect(slugs("He took Air Force One to Michigan.", undefined, "US")).toEqual([]);
  });

  it("lets an exact spelling weigh against the stem of the same span: its weight, its topic, or a neutral phrase that hides both", () => {
    expect(tag("Pollution.").tagged?.topics.map((t) => [t.slug, t.score])).toEqual([["environment", 3]]);
    expect(slugs("The prisoners were released.")).toEqual(["crime-justice"]);
    expect(tag("The prisoners were released.").tagged?.topics[0]?.evidence.map((e) => e.rule)).toEqual([
      "topic:crime-justice:prison",
    ]);
    expect(slugs("A disastrous policy opened the floodgates; the town was flooded with visitors.")).toEqual(
      [],
    );
    expect(slugs("The flood disaster killed ten.")).toEqual(["disaster-humanitarian"]);
  });

  it("reads shooting down an object as security and Hong Kong's 'one country, two systems' as domestic politics", () => {
    expect(slugs("Has he ruled out shooting it down?", undefined, "US")).toEqual(["security"]);
    expect(slugs('Hong Kong follows "one country, two systems" and the Basic Law.', undefined, "CN")).toEqual(
      ["domestic-politics"],
    );
  });

  it("reads White House election wording as domestic politics and 'I'm not a lawyer' as no crime-justice cue", () => {
    expect(slugs("I have to be careful here: the Hatch Act.", undefined, "US")).toEqual([
      "domestic-politics",
    ]);
    expect(slugs("That is for the campaign trail.", undefined, "US")).toEqual(["domestic-politics"]);
    expect(slugs("Look, I'm not a lawyer.", undefined, "US")).toEqual([]);
    expect(slugs("Ask the special counsel.", undefined, "US")).toEqual(["crime-justice"]);
  });

  it("reads campuses as education, but a lone 'campus' (the White House grounds) only weakly", () => {
    expect(slugs("Protests on college campuses continue.", undefined, "US")).toEqual(["education-culture"]);
    expect(slugs("He is no longer on campus.", undefined, "US")).toEqual([]);
  });

  it("makes a topic of a word that names the subject", () => {
    expect(slugs("Pakistan condemns terrorism in all its forms.")).toEqual(["terrorism"]);
  });

  it("makes the question's subject the answer's topic, with basis question", () => {
    const { tagged } = tag(
      "We have seen the reports and will respond in due course.",
      "Any comment on the terrorist attack?",
    );
    expect(tagged?.topics.map((t) => [t.slug, t.basis, t.evidence.map((e) => e.text)])).toEqual([
      ["terrorism", "question", ["terrorist", "attack"]],
    ]);
  });

  it("gives basis text to a topic found in both the question and the answer", () => {
    const { tagged } = tag("We condemn this terrorist attack.", "Any comment on the terrorist attack?");
    expect(tagged?.topics.map((t) => [t.slug, t.basis, t.score])).toEqual([["terrorism", "text", 6]]);
  });

  it("does not let 'Security Council' count as security", () => {
    expect(slugs("The UN Security Council met on Gaza.")).toEqual(["international-organizations"]);
  });

  it("needs a foreign place for diplomacy: negotiations at home are not diplomacy", () => {
    expect(
      slugs("We will not negotiate; negotiations on the bill continue in Congress.", undefined, "US"),
    ).toEqual(["domestic-politics"]);
    expect(slugs("We will not negotiate; negotiations with Iran continue.", undefined, "US")).toEqual([
      "diplomacy",
    ]);
  });

  it("lowers the threshold to 2 up to 40 words and raises it by one for every 250 words beyond 250", () => {
    expect([10, 40, 41, 250, 499, 500, 760].map(thresholdFor)).toEqual([2, 2, 3, 3, 3, 4, 5]);
    const filler = " and the people were there".repeat(100);
    expect(slugs(`Pakistan condemns terrorism${filler}.`)).toEqual([]);
  });

  it("sorts topics by score, then slug, with absolute evidence offsets", () => {
    const { text, tagged } = tag(
      "The refugees need visas; the refugees fled terrorism and terrorist attacks.",
    );
    expect(tagged?.topics.map((t) => [t.slug, t.score])).toEqual([
      ["migration", 6.5],
      ["terrorism", 5.5],
    ]);
    for (const ev of tagged?.topics.flatMap((t) => t.evidence) ?? [])
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(tagged?.topics[1]?.evidence.map((e) => e.rule)).toEqual([
      "topic:terrorism:terror",
      "topic:terrorism:terror",
      "topic:terrorism:attack",
    ]);
  });
});

describe("the topic rules file", () => {
  it("has rules for every topic, weights from 0 to 3, and only known topics", () => {
    const rules = ruleData.rules as Record<string, Record<string, number>>;
    expect(Object.keys(rules).sort()).toEqual(TOPICS.map((t) => t.slug).sort());
    const bad = Object.entries(rules).flatMap(([slug, r]) =>
      Object.entries(r)
        .filter(([, w]) => !(Number.isFinite(w) && w >= 0 && w <= 3))
        .map(([p]) => `${slug}:${p}`),
    );
    expect(bad).toEqual([]);
  });
});
