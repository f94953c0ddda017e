import { describe, expect, it } from "vitest";
import { parseHeader } from "../../src/extract/header.js";
import { splitReport } from "../../src/extract/split-report.js";

/** Splits a synthetic report and returns each statement's text (the offsets are checked too). */
function split(body: string): { texts: string[]; speakers: string[] } {
  const text = `date 2024-03-08 ${body}`;
  const header = parseHeader(text);
  if (!header) throw new Error("bad header in test");
  const r = splitReport(text, header.bodyStart);
  for (const s of r.statements) {
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.text).toBe(s.text.trim());
  }
  return { texts: r.statements.map((s) => s.text), speakers: r.speakers };
}

describe("splitReport: topic cues", () => {
  it("opens a statement at each strong cue, also in the middle of a paragraph", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Pakistan on Thursday urged Norway to resume talks on fisheries.",
        "Foreign Office spokesperson Amna Qadir said the talks had stalled. “We remain ready,” she added. To a question about Nepal, she said flights would resume.",
        "When asked about the Sudan evacuation, she said all nationals were safe.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Pakistan on Thursday urged Norway to resume talks on fisheries.\nForeign Office spokesperson Amna Qadir said the talks had stalled. “We remain ready,” she added.",
      "To a question about Nepal, she said flights would resume.",
      "When asked about the Sudan evacuation, she said all nationals were safe.",
    ]);
  });

  it("reads 'About X, she said', 'As far as X is concerned' and 'Responding to' as strong cues", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said ties with Chile were growing.",
        "About the fishing dispute, she said a committee would meet.",
        "As far as the visa backlog is concerned, she added that it had been cleared.",
        "Responding to another query, she said the embassy in Lima would reopen.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 24))).toEqual([
      "Foreign Office spokesper",
      "About the fishing disput",
      "As far as the visa backl",
      "Responding to another qu",
    ]);
  });

  it("reads an 'About X, he said' cue whose topic runs long (wire copy piles up who attended)", () => {
    const about =
      "About the investment dialogue held by the economic forum on Wednesday, inaugurated and attended by the prime minister with the forum's president, and the chairpersons and chief executive officers of leading global corporations, he said the dialogue was a recognition of progress.";
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amir Qadir on Thursday said ties with Chile were growing.",
        about,
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amir Qadir on Thursday said ties with Chile were growing.",
      about,
    ]);
  });

  it("keeps a participial cue in the statement when its clause names only places the statement concerns", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Pakistan on Thursday said it wanted closer trade with Japan.",
        "Commenting on remarks by the Japanese trade minister, the spokesperson said both sides would meet soon.",
        "Condemning the floods damage in Peru, she offered condolences.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Pakistan on Thursday said it wanted closer trade with Japan.\nCommenting on remarks by the Japanese trade minister, the spokesperson said both sides would meet soon.",
      "Condemning the floods damage in Peru, she offered condolences.",
    ]);
  });

  it("opens a statement at a participle that names its own topic, even among places the statement knows", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Pakistan on Thursday said it wanted closer trade with Japan.",
        "Regarding the fisheries dispute with Japan, the spokesperson said talks would resume.",
        "Strongly condemning the attack on a Japanese school, the spokesperson offered condolences.",
        "Reiterating the call for talks with Japan, she said Pakistan was ready.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Pakistan on Thursday said it wanted closer trade with Japan.",
      "Regarding the fisheries dispute with Japan, the spokesperson said talks would resume.",
      "Strongly condemning the attack on a Japanese school, the spokesperson offered condolences.\nReiterating the call for talks with Japan, she said Pakistan was ready.",
    ]);
  });

  it("does not read a cue inside a quotation", () => {
    const { texts } = split(
      "ISLAMABAD: The spokesperson said on Thursday: “Talks are on track. About the delay, there is nothing to add.”",
    );
    expect(texts).toHaveLength(1);
  });

  it("ends a sentence at a full stop without the space after it", () => {
    const { texts } = split(
      "ISLAMABAD: The spokesperson said Pakistan valued its ties with Ghana.To a question about Mali, she said the envoy had returned.",
    );
    expect(texts).toEqual([
      "The spokesperson said Pakistan valued its ties with Ghana.",
      "To a question about Mali, she said the envoy had returned.",
    ]);
  });

  it("opens a statement at a paragraph that re-attributes and brings a new place", () => {
    const { texts } = split(
      [
        "ISLAMABAD: The spokesperson on Thursday said Pakistan welcomed the ceasefire in Yemen.",
        "She said the truce should hold.",
        "The spokesperson also said the prime minister would visit Kenya next week.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "The spokesperson on Thursday said Pakistan welcomed the ceasefire in Yemen.\nShe said the truce should hold.",
      "The spokesperson also said the prime minister would visit Kenya next week.",
    ]);
  });
});

describe("splitReport: moving on without a cue", () => {
  it("opens a statement where the spokesperson 'also' takes up another item, though it names no new place", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday condemned the killing of civilians in Gaza.",
        "She said the killings must stop at once.",
        "She also highlighted a resolution of the Senate on the plight of the people of Gaza.",
        "The spokesperson said the resolution reflected the nation's feelings.",
        "The spokesperson also welcomed the ceasefire talks hosted in Cairo.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Pakistan on Thursday condemned",
      "She also highlighted a resolut",
      "The spokesperson also welcomed",
    ]);
  });

  it("keeps an 'also' inside the reported clause with the matter in hand", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday condemned the killing of civilians in Gaza.",
        "She said the Senate had also passed a resolution on Gaza.",
      ].join("\n"),
    );
    expect(texts).toHaveLength(1);
  });

  it("opens a statement where a paragraph attributes anew and names a new country", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday said it was in touch with Oman over the stranded sailors.",
        "She said the sailors were safe.",
        "She confirmed that the President of Ghana would visit next month.",
        "She said the visit would focus on trade.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Pakistan on Thursday said it w",
      "She confirmed that the Preside",
    ]);
  });

  it("reads a country's name with 'of' in it ('Democratic Republic of Congo') as a new place", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday called for aid to reach Gaza and the rest of Palestine without delay.",
        "",
        "The FO spokesperson urged that all humanitarian agencies be allowed to work fully in Gaza and the rest of Palestine.",
        "",
        "The FO noted that 150 Pakistanis were stranded in Goma due to the conflict in the Democratic Republic of Congo.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Foreign Office spokesperson Am",
      "The FO noted that 150 Pakistan",
    ]);
  });

  it("moves on at a country's place or a compound of countries ('Gaza', 'Pakistan-Belgium consultations')", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday said the prime minister would visit Japan next week for talks on trade.",
        "She said the visit would deepen cooperation in energy and technology between the two countries.",
        "She said the government had allowed medical students from Gaza to complete their studies at public and private medical colleges across the country, and that the first batch of students would arrive next month to join their classes under a scholarship scheme.",
        "The spokesperson said the second round of Pakistan-Belgium Bilateral Political Consultations was being held today.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Pakistan on Thursday said the ",
      "She said the government had al",
      "The spokesperson said the seco",
    ]);
  });

  it("does not move on at a meeting's venue, an organ's name alone or a place qualifying something else", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday said it backed the peace process in Afghanistan and the talks in Doha.",
        "She said the foreign minister was in New York for the meeting of the General Assembly on the peace process.",
        "She said the 20th Congress of the party had no bearing on the talks, which would resume soon.",
        "She said the US-Taliban agreement was a historic step for the peace process.",
      ].join("\n"),
    );
    expect(texts).toHaveLength(1);
  });

  it("does not move on where the reported clause adds to the matter in hand ('… would also be reviewed')", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday said it would host the ministerial session of the water council with Oman.",
        "She said delegations from member states would arrive on Monday for the two-day session and its side events.",
        "She said the follow-up of the special session on Nepal would also be reviewed.",
        "She said the envoy of Ghana would visit next week.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Pakistan on Thursday said it w",
      "She said the envoy of Ghana wo",
    ]);
  });

  it("moves on where the reported clause gives the home country's stance ('She said Pakistan had also strongly condemned…'), even among known places", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday rejected the claims of Oman about the water council and its budget.",
        "She said Oman had misread the council's rules, which every member had signed in good faith years ago.",
        "She said Pakistan had also strongly condemned the dam that Oman was building on the shared river.",
        "She said Oman had been told so.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Pakistan on Thursday rejected ",
      "She said Pakistan had also str",
    ]);
  });

  it("does not move on at an 'On X,' cue whose short topic the statement is already about ('On Islamophobia, he said')", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday welcomed the resolution on Islamophobia adopted with Oman.",
        "He said the prime minister had raised Islamophobia at every forum.",
        "On Islamophobia, he said Pakistan had been a bridge-builder.",
        "On the water council, he said Oman would host it.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Pakistan on Thursday welcomed ",
      "On the water council, he said ",
    ]);
  });

  it("does not move on for countries named only in an example list ('particularly X and Y', 'including the Z')", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday said it would host the ministerial conference on water with Oman.",
        "She said delegations would arrive on Monday.",
        "Apart from the core issues, particularly Peru and Chile, she said the conference would discuss floods.",
        "She said the conference would be attended by several countries, including the United States.",
        "She said the envoy of Ghana would visit next week.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Pakistan on Thursday said it w",
      "She said the envoy of Ghana wo",
    ]);
  });

  it("does not move on at 'Indian Illegally Occupied Jammu and Kashmir' once the statement names Kashmir", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday said the foreign minister would attend the conference on Kashmir in Oman.",
        "She said the conference would discuss the Jammu and Kashmir dispute and the rights of its people.",
        "The minister would highlight the human rights situation in the Indian Illegally Occupied Jammu and Kashmir, she added.",
        "She said the Indian Illegally Occupied Jammu and Kashmir had been under siege for years.",
      ].join("\n"),
    );
    expect(texts).toHaveLength(1);
  });

  it("moves on at an occupied place the statement has not named", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday said the foreign minister would attend the conference on water in Oman.",
        "She said the conference would discuss river basins and the rights of the people who live along them.",
        "She said the situation in the Indian Illegally Occupied Jammu and Kashmir had worsened.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Pakistan on Thursday said the ",
      "She said the situation in the ",
    ]);
  });

  it("still moves on when an 'including' phrase lists no country", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday said it would host the ministerial conference on water with Oman.",
        "She said delegations would arrive on Monday.",
        "She condemned the attacks on worshippers including the burning of mosques in Nepal.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 30))).toEqual([
      "Pakistan on Thursday said it w",
      "She condemned the attacks on w",
    ]);
  });

  it("does not move on at the paragraph that attributes the lede, nor at a paragraph that opens with a quotation", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday backed the conference on refugees.",
        "Foreign Office spokesperson Amna Qadir thanked Norway and Chile for hosting it.",
        "“Kenya and Peru will also attend,” she said.",
      ].join("\n"),
    );
    expect(texts).toHaveLength(1);
  });

  it("opens a statement at a paragraph that starts with a quoted topic cue", () => {
    const { texts } = split(
      [
        "ISLAMABAD: The spokesperson on Thursday said the talks with Qatar went well.",
        "",
        "“Regarding the visa policy, nothing has changed,” she said.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "The spokesperson on Thursday said the talks with Qatar went well.",
      "“Regarding the visa policy, nothing has changed,” she said.",
    ]);
  });
});

describe("splitReport: what belongs to no statement", () => {
  it("leaves out a reported question, and starts the answer afresh", () => {
    const { texts } = split(
      [
        "ISLAMABAD: The Foreign Office on Thursday said talks with Oman would resume.",
        "",
        "During the briefing, FO spokesperson Amna Qadir was asked whether the policy had changed.",
        "",
        "In response, Ms Qadir said there was no change.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "The Foreign Office on Thursday said talks with Oman would resume.",
      "In response, Ms Qadir said there was no change.",
    ]);
  });

  it("gives the floor back to the spokeswoman when her pronoun follows another man's words", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir, in her weekly briefing on Thursday, said the summit went well.",
        "",
        "She said the prime minister spoke on trade.",
        "",
        "He stressed the need for open markets, the minister of commerce said.",
        "",
        "She also said a delegation would visit Peru.",
      ].join("\n"),
    );
    expect(texts.map((t) => t.slice(0, 24))).toEqual([
      "Foreign Office spokesper",
      "She also said a delegati",
    ]);
  });

  it("leaves out the dateline, sub-headlines, headings, bylines, captions and site furniture", () => {
    const { texts } = split(
      [
        "• FO rejects claims on border fencing",
        "",
        "By Our Correspondent",
        "",
        "ISLAMABAD, Mar 7 (APP): The Foreign Office on Thursday rejected claims about the fence.",
        "",
        "Foreign Office spokesperson Amna Qadir addresses the weekly briefing. — APP/File",
        "",
        "Border trade",
        "",
        "The spokesperson said trade at the crossing would resume on Monday.",
        "",
        "Published in Dawn, March 8th, 2024",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "The Foreign Office on Thursday rejected claims about the fence.",
      "The spokesperson said trade at the crossing would resume on Monday.",
    ]);
  });

  it("ends the report at an author's bio with contact details, as at other site furniture", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Nov 14 (APP): The Foreign Office spokesperson on Thursday said the talks would resume.",
        "Jane Doe, the agency's Foreign Editor, leads coverage of the Foreign Office – Reach out at 0300/ jane.doe@example.com/ X: janedoe",
        // APP pages repeat an earlier paragraph of the story after the bio.
        "The spokesperson said the delegation would visit Kabul next week.",
      ].join("\n"),
    );
    expect(texts).toEqual(["The Foreign Office spokesperson on Thursday said the talks would resume."]);
  });

  it("leaves out the reporter's background between the spokesperson's paragraphs", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said the dam project would go ahead.",
        "",
        "The project was first proposed in 1998 and has faced repeated delays over funding.",
        "",
        "“We will not let anyone stop it,” the spokesperson said.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amna Qadir on Thursday said the dam project would go ahead.",
      "“We will not let anyone stop it,” the spokesperson said.",
    ]);
  });

  it("gives the pronouns after someone else's words in feature copy to that someone", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said the border would reopen.",
        "",
        "Mr Lindqvist earlier asserted that trade would suffer, as he said on Monday.",
        "",
        "The talks came ahead of a visit by the Omani emissary to Islamabad.",
        "",
        "He said his country wanted calm.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amna Qadir on Thursday said the border would reopen.",
    ]);
  });

  it("keeps an unattributed quotation or first-person paragraph right after the spokesperson's words", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said the envoy had been summoned.",
        "",
        "“This is unacceptable. We expect an apology.”",
        "",
        "Led by the deputy minister, the delegation would discuss our shared concerns.",
      ].join("\n"),
    );
    expect(texts).toHaveLength(1);
    expect(texts[0]?.endsWith("our shared concerns.")).toBe(true);
  });

  it("leaves out other people's words, and the pronouns that follow them", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said Pakistan backed the summit.",
        "",
        "UN spokesman Ivo Lind told reporters in Geneva that the talks would continue.",
        "",
        "“We are hopeful,” he said.",
        "",
        "The spokesperson said Pakistan would attend.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amna Qadir on Thursday said Pakistan backed the summit.",
      "The spokesperson said Pakistan would attend.",
    ]);
  });

  it("gives a paragraph that introduces a named person in an appositive, and its pronouns, to that person", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said the talks with Oman would resume.",
        "",
        "Lena Berg, a policy analyst at a Geneva institute, termed the talks “essential”. She told AFP that a deal was near.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amna Qadir on Thursday said the talks with Oman would resume.",
    ]);
  });

  it("takes a paragraph vouched for 'according to the FO' as the spokesperson's words", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said the talks with Oman would resume.",
        "",
        "Talks between the two sides began in March.",
        "",
        "The truce has largely held since then, according to the FO.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amna Qadir on Thursday said the talks with Oman would resume.",
      "The truce has largely held since then, according to the FO.",
    ]);
  });

  it("reads a bare 'the spokesman' after another body's spokesman as that spokesman, until a heading", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said the talks with Oman would resume.",
        "",
        "“We are following the situation closely,” UN spokesman Ivo Lind told reporters in Geneva.",
        "",
        "“We appeal for restraint.”",
        "",
        "To a question, the spokesman said the UN chief had not called either side.",
        "",
        "Trade talks",
        "",
        "The spokesman also said a delegation would visit Muscat.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amna Qadir on Thursday said the talks with Oman would resume.",
      "The spokesman also said a delegation would visit Muscat.",
    ]);
  });

  it("takes an unattributed wire-copy lede that the next paragraph attributes to the spokesperson", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Prime Minister Imran Qadir will attend the climate summit in Nairobi next week.",
        "Foreign Office Spokesperson Amna Qadir, in her weekly press briefing, said the prime minister would address the summit.",
        "She said he would also meet the President of Kenya.",
      ].join("\n"),
    );
    expect(texts).toHaveLength(1);
    expect(texts[0]?.startsWith("Prime Minister Imran Qadir will attend")).toBe(true);
  });

  it("leaves out an unattributed lede in feature copy, where it is the reporter's scene", () => {
    const { texts } = split(
      [
        "ISLAMABAD: The border crossing reopened on Wednesday after weeks of talks between elders.",
        "",
        "Foreign Office spokesperson Amna Qadir said the crossing would stay open.",
        "",
        "She said trade would resume on Monday.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amna Qadir said the crossing would stay open.\n\nShe said trade would resume on Monday.",
    ]);
  });

  it("takes a lede the ministry vouches for ('The Ministry of Foreign Affairs on Thursday said…', '…, Pakistan’s Foreign Office said')", () => {
    expect(
      split(
        "The Ministry of Foreign Affairs on Thursday said that talks with Oman had made progress.\n\nThe talks began in March.",
      ).texts,
    ).toEqual(["The Ministry of Foreign Affairs on Thursday said that talks with Oman had made progress."]);
    expect(
      split(
        "ISLAMABAD: The region cannot afford reckless moves, Pakistan’s Foreign Office said on Friday.\n\nThe talks began in March.",
      ).texts,
    ).toEqual(["The region cannot afford reckless moves, Pakistan’s Foreign Office said on Friday."]);
  });

  it("keeps unattributed paragraphs after the spokesperson's words in one-paragraph-a-line wire copy", () => {
    const { texts } = split(
      [
        "ISLAMABAD, Mar 7 (APP): Pakistan on Thursday welcomed the visit of the Omani foreign minister.",
        "The spokesperson said the minister would arrive on Monday.",
        "During the visit, the two sides will sign agreements on shipping and energy.",
        "She said the visit would deepen ties.",
      ].join("\n"),
    );
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("During the visit, the two sides will sign");
  });

  it("reads a hard-wrapped line as part of its paragraph", () => {
    const { texts } = split(
      "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday rejected as\n“baseless” the reports about the airport deal.",
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amna Qadir on Thursday rejected as\n“baseless” the reports about the airport deal.",
    ]);
  });

  it("ends a line cut off mid-sentence before a next line that opens with a strong cue ('As regard to…')", () => {
    const { texts } = split(
      [
        "ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said the contact group backed the talks on Chile; and",
        "As regard to the stranded nationals, the spokesperson said 300 had returned from Peru.",
      ].join("\n"),
    );
    expect(texts).toEqual([
      "Foreign Office spokesperson Amna Qadir on Thursday said the contact group backed the talks on Chile; and",
      "As regard to the stranded nationals, the spokesperson said 300 had returned from Peru.",
    ]);
  });

  it("reads the two characters backslash-n as a line break", () => {
    const { texts } = split(
      "• FO says talks on track\\n\\nISLAMABAD: The spokesperson on Thursday said talks were on track.",
    );
    expect(texts).toEqual(["The spokesperson on Thursday said talks were on track."]);
  });
});

describe("splitReport: speaker and robustness", () => {
  it("names the spokesperson as written and sets no question", () => {
    const text =
      "date 2024-03-08 ISLAMABAD: Foreign Office spokesperson Amna Qadir on Thursday said the talks went well.";
    const r = splitReport(text, 16);
    expect(r.speakers).toEqual(["Amna Qadir"]);
    expect(r.statements.map((s) => [s.speaker, s.question])).toEqual([["Amna Qadir", null]]);
  });

  it("names the spokesperson by surname when the report never writes the full name", () => {
    const { texts, speakers } = split(
      "ISLAMABAD: Pakistan on Friday ruled out talks with Oman. Spokesperson Qadir said the situation was worsening. Spokesperson Friday said nothing.",
    );
    expect(speakers).toEqual(["Qadir"]);
    expect(texts).toHaveLength(1);
  });

  it("does not take another government's spokesperson for the briefing's", () => {
    const { speakers } = split(
      "ISLAMABAD: Iranian Foreign Ministry spokesperson Reza Karimi said on Monday the border was open. The FO spokesperson said trade would resume.",
    );
    expect(speakers).toEqual([]);
  });

  it("returns no statements, without throwing, for bodies with nothing of the spokesperson", () => {
    expect(split("").texts).toEqual([]);
    expect(split("\n\n• A bullet only\n\nA heading\n").texts).toEqual([]);
    expect(split("The river rose by two metres overnight, officials in the district said.").texts).toEqual(
      [],
    );
  });
});
