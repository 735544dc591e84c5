import { describe, expect, it } from "vitest";

import type { TermView } from "./api";
import { fold, groups, matches } from "./glossary";

function entry(id: string, module: string | null, names: Record<string, string>, definition = "", usage: string | null = null): TermView {
  return {
    id,
    course: "c",
    module,
    term: names.en ?? id,
    names: Object.entries(names).map(([lang, text]) => ({ lang, text })),
    definition,
    usage,
    avoid: [],
    see: [],
    lang: "en",
    fallback: false,
  };
}

const integration = entry("integration", "Social cohesion", { en: "integration", fr: "intégration", pl: "integracja", zu: "ukuhlanganiswa emphakathini" }, "A two-way process.", "Not assimilation.");

describe("fold", () => {
  it("sets accents, the Polish ł and case aside", () => {
    expect(fold("Égalité")).toBe("egalite");
    expect(fold("Spójność SPOŁECZNA")).toBe("spojnosc spoleczna");
    expect(fold("sans\u00a0papiers")).toBe("sans papiers");
  });
});

describe("matches", () => {
  it("finds a headword in any language, without its accents", () => {
    expect(matches(integration, "integration")).toBe(true);
    expect(matches(integration, "integracja")).toBe(true);
    expect(matches(integration, "INTEGRATION")).toBe(true);
    expect(matches(integration, "emphakathini")).toBe(true);
  });
  it("finds words of the definition and the usage note", () => {
    expect(matches(integration, "two-way")).toBe(true);
    expect(matches(integration, "assimilation")).toBe(true);
  });
  it("needs every word of the query", () => {
    expect(matches(integration, "two-way assimilation")).toBe(true);
    expect(matches(integration, "two-way deportation")).toBe(false);
  });
  it("an empty query matches everything", () => {
    expect(matches(integration, "  ")).toBe(true);
  });
});

describe("groups", () => {
  it("keeps the desk's order and starts a group at each new module", () => {
    const list = [integration, entry("a", "Social cohesion", { en: "a" }), entry("b", "Human security", { en: "b" }), entry("c", null, { en: "c" })];
    expect(groups(list).map((g) => [g.module, g.entries.map((e) => e.id)])).toEqual([
      ["Social cohesion", ["integration", "a"]],
      ["Human security", ["b"]],
      [null, ["c"]],
    ]);
  });
});
