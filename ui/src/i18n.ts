// Every string the learner sees comes from locales/<lang>/*.ftl, formatted by Fluent.
// The files are bundled at build time: switching language needs no network and no restart.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

import type { ApiError } from "./api";
import { Value } from "./store";

const sources = import.meta.glob("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const FALLBACK = "en";
const bundles = new Map<string, FluentBundle>();

function bundleFor(lang: string): FluentBundle | undefined {
  let bundle = bundles.get(lang);
  if (bundle) return bundle;
  const files = Object.entries(sources).filter(([path]) => path.split("/").slice(-2)[0] === lang);
  if (files.length === 0) return undefined;
  bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [, text] of files) {
    bundle.addResource(new FluentResource(text));
  }
  bundles.set(lang, bundle);
  return bundle;
}

let current = FALLBACK;

/** The interface language; the window redraws its text when it changes. */
export const language = new Value(FALLBACK);

export function setLang(lang: string): void {
  current = bundleFor(lang) ? lang : FALLBACK;
  document.documentElement.lang = current;
  language.set(current);
}

export function lang(): string {
  return current;
}

export type Args = Record<string, FluentVariable>;

/** The message `id` in the current language, else English, else the id itself. */
export function t(id: string, args?: Args): string {
  for (const l of [current, FALLBACK]) {
    const bundle = bundleFor(l);
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) {
      return bundle.formatPattern(message.value, args ?? null, []);
    }
  }
  return id;
}

/** A Fluent attribute of message `id` (e.g. a field's placeholder). */
export function tAttr(id: string, attr: string, args?: Args): string {
  for (const l of [current, FALLBACK]) {
    const bundle = bundleFor(l);
    const pattern = bundle?.getMessage(id)?.attributes[attr];
    if (bundle && pattern) return bundle.formatPattern(pattern, args ?? null, []);
  }
  return `${id}.${attr}`;
}

/** The translated text of an error from the Rust side. */
export function errorText(e: unknown): string {
  const err = e as Partial<ApiError>;
  if (err && typeof err.code === "string") {
    const args: Args = {};
    // Strings and numbers only (numbers stay numbers, for plurals); what is not part of the
    // message travels in `context`.
    for (const [k, v] of Object.entries(err.args ?? {})) {
      if (typeof v === "string" || typeof v === "number") args[k] = v;
    }
    const text = t(`error-${err.code}`, args);
    return text === `error-${err.code}` ? t("error-unexpected", { code: err.code }) : text;
  }
  return t("error-unexpected", { code: String(e) });
}

export function percent(value: number): string {
  return new Intl.NumberFormat(current, { style: "percent", maximumFractionDigits: 0 }).format(value / 100);
}

export function dateTime(ms: number): string {
  return new Intl.DateTimeFormat(current, { dateStyle: "medium", timeStyle: "short" }).format(new Date(ms));
}

export function dateOnly(ms: number): string {
  return new Intl.DateTimeFormat(current, { dateStyle: "long" }).format(new Date(ms));
}

/** Names of the interface languages, each in its own language. */
export function languageName(code: string): string {
  return t(`language-name-${code}`);
}
