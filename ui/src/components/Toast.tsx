// A short message at the bottom of the window: a saved change, a link not opened, an error.
import { useEffect } from "preact/hooks";

import { Value, useValue } from "../store";

interface ToastMessage {
  text: string;
  kind: "ok" | "error";
  id: number;
}

const message = new Value<ToastMessage | null>(null);
let seq = 0;

export function toast(text: string, kind: "ok" | "error" = "ok"): void {
  message.set({ text, kind, id: ++seq });
}

export function Toast() {
  const m = useValue(message);
  useEffect(() => {
    if (!m) return;
    const timer = setTimeout(() => message.update((now) => (now?.id === m.id ? null : now)), m.kind === "error" ? 8000 : 3000);
    return () => clearTimeout(timer);
  }, [m]);
  if (!m) return null;
  return (
    <div key={m.id} class={`toast toast-${m.kind}`} role={m.kind === "error" ? "alert" : "status"} data-test="toast">
      {m.text}
    </div>
  );
}
