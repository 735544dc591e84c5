// The glossary's pure logic: finding entries by what the learner types, and grouping them
// by module for the list.
import type { TermView } from "./api";

/** Text folded for finding: lower case, accents and the Polish ł set aside, spaces made
 * plain, so "integracja" finds "Integracją" and "egalite" finds "égalité". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether `entry` answers `query`: every word of the query is found in a headword (in
 * any language), the definition or the usage note. */
export function matches(entry: TermView, query: string): boolean {
  const words = fold(query).split(" ").filter((w) => w !== "");
  if (words.length === 0) return true;
  const haystack = fold([...entry.names.map((n) => n.text), entry.definition, entry.usage ?? ""].join(" \u0000 "));
  return words.every((w) => haystack.includes(w));
}

export interface Group {
  /** The module's title; `null` for general terms. */
  module: string | null;
  entries: TermView[];
}

/** Entries grouped by module, in the order they come (the desk sorts them). */
export function groups(entries: TermView[]): Group[] {
  const out: Group[] = [];
  for (const entry of entries) {
    const last = out[out.length - 1];
    if (last && last.module === entry.module) last.entries.push(entry);
    else out.push({ module: entry.module, entries: [entry] });
  }
  return out;
}
