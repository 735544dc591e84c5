import { afterEach, describe, expect, it } from "vitest";

import { ringText, textLanguagesNote } from "./format";
import { setLang } from "./i18n";

afterEach(() => setLang("en"));

describe("ring label", () => {
  it("is the localized percentage", () => {
    setLang("en");
    expect(ringText(8)).toBe("8%");
    expect(ringText(99.6)).toBe("100%");
    setLang("fr");
    // French: a (narrow, in recent ICU) no-break space before the sign.
    expect(ringText(8)).toMatch(/^8[\u00a0\u202f]%$/);
    setLang("pl");
    expect(ringText(8)).toBe("8%");
  });
});

describe("course text languages", () => {
  it("says nothing when the course is complete in the language asked", () => {
    expect(textLanguagesNote(["en", "fr"], "fr")).toBeNull();
    expect(textLanguagesNote(undefined, "pl")).toBeNull();
  });

  it("names the languages there are, in the interface language", () => {
    setLang("en");
    expect(textLanguagesNote(["en"], "pl")).toBe("Course text available in: English");
    setLang("fr");
    const fr = textLanguagesNote(["en", "fr"], "zu")!;
    expect(fr.startsWith("Texte du cours disponible en\u00a0: English")).toBe(true);
    expect(fr).toContain("Français");
  });
});
