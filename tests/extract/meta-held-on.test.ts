import { describe, expect, it } from "vitest";
import { lastWeekdayOnOrBefore, reportHeldOn } from "../../src/extract/meta-held-on.js";
import { clipTitle } from "../../src/extract/meta-title.js";

describe("lastWeekdayOnOrBefore", () => {
  it("finds the most recent such weekday on or before the date", () => {
    // 2024-04-05 is a Friday.
    expect(lastWeekdayOnOrBefore("2024-04-05", 4)).toBe("2024-04-04");
    expect(lastWeekdayOnOrBefore("2024-04-05", 5)).toBe("2024-04-05");
    expect(lastWeekdayOnOrBefore("2024-04-05", 6)).toBe("2024-03-30");
    expect(lastWeekdayOnOrBefore("2024-03-01", 4)).toBe("2024-02-29");
  });
});

describe("reportHeldOn", () => {
  const at = (body: string) => reportHeldOn(`date 2024-04-05 ${body}`, 16, "2024-04-05");

  it("reads the weekday the report names, soft hyphens and all", () => {
    expect(at("ISLAMABAD: Pakistan, on Thursday, said it was ready.")).toBe("2024-04-04");
    expect(at("ISLAMABAD: Pakistan on Fri\u00adday said it was ready.")).toBe("2024-04-05");
  });

  it("prefers the weekday in the sentence about the briefing", () => {
    expect(at("The minister will fly out on Monday. At the weekly briefing on Thursday, she said so.")).toBe(
      "2024-04-04",
    );
  });

  it("skips weekdays still to come and weekdays that name something else", () => {
    expect(
      at("The prime minister will address the assembly on Friday. The spokesperson said on Thursday that…"),
    ).toBe("2024-04-04");
    expect(at("Attendees of Sunday Mass were harassed, the spokesperson said.")).toBeNull();
  });

  it("is null when the report names no weekday", () => {
    expect(at("The spokesperson said the talks would go on.")).toBeNull();
  });
});

describe("clipTitle", () => {
  it("keeps short titles and cuts long ones at a word boundary to at most 200 characters", () => {
    expect(clipTitle("  A short\n title ")).toBe("A short title");
    const long = clipTitle(`${"word ".repeat(60)}end`);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith("word…")).toBe(true);
  });
});
