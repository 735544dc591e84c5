// A stand-in for the Rust side in unit tests: `invoke` answers from a table and records
// every call. Use with `vi.mock("@tauri-apps/api/core", () => fakeCore)`.
import { act } from "preact/test-utils";

type Handler = (args: Record<string, unknown>) => unknown;

export const calls: { cmd: string; args: Record<string, unknown> }[] = [];
export const handlers = new Map<string, Handler>();

export const fakeCore = {
  invoke: async (cmd: string, args: Record<string, unknown> = {}) => {
    calls.push({ cmd, args });
    const handler = handlers.get(cmd);
    if (!handler) throw { code: "unexpected", args: { cmd } };
    return handler(args);
  },
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
};

export function answer(cmd: string, handler: Handler): void {
  handlers.set(cmd, handler);
}

export function reset(): void {
  calls.length = 0;
  handlers.clear();
}

/** Lets promises, effects and animation frames run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
  await act(async () => {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  });
}

export function type(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  el.value = text;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

export const lessonView = (over: Record<string, unknown> = {}) => ({
  course: "starter",
  course_title: "Starter",
  module: "m1",
  module_title: "Module one",
  id: "l1",
  title: "Telling the story",
  minutes: 5,
  html: "<h2>Words</h2><p>Text.</p>",
  lang: "en",
  fallback: false,
  completed: false,
  prev: null,
  next: null,
  note: null,
  ...over,
});

export const appStateView = (over: Record<string, unknown> = {}) => ({
  lang: "en",
  content_lang: null,
  languages: ["en", "fr", "pl", "zu"],
  profiles: [{ id: "p1", name: "Awa", authority: "", role: "", lang: "en", created_ms: 0 }],
  current: "p1",
  resume: null,
  data_dir: "/tmp",
  returning: true,
  ...over,
});
