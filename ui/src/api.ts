// Calls into the Rust side. The types and the typed function of every command are generated
// from the Rust types (crates/desk/src/contract.rs -> gen/contract.ts, by scripts/contract);
// this file adds only what TypeScript needs on top. Every failure arrives as { code, args }
// and is shown through Fluent (see i18n.ts: errorText).
export * from "./gen/contract";
import type { ApiError, QuizView, QuizHistory } from "./gen/contract";

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && typeof (e as ApiError).code === "string";
}

/** One question of a quiz, as the quiz screen draws it. */
export type Question = QuizView["questions"][number];

export type { QuizHistory };
