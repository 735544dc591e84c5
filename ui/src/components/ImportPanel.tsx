// Importing a package file: a progress bar and a cancel button, then what happened in plain
// words. A failed or cancelled import changes nothing, and says so.
import { useEffect, useRef, useState } from "preact/hooks";

import { api, isApiError } from "../api";
import { errorText, t } from "../i18n";
import { outcomeLines } from "./outcome";
import { ProgressTask, type TaskProgress } from "./ProgressTask";
import { toast } from "./Toast";

/** Asks for a package file; null when the learner chose none. */
export async function pickPackage(): Promise<string | null> {
  try {
    return await api.pickPackage();
  } catch (e) {
    toast(errorText(e), "error");
    return null;
  }
}

interface Result {
  ok: boolean;
  lines: string[];
}

export function ImportPanel({ path, onClose }: { path: string; onClose: () => void }) {
  const [progress, setProgress] = useState<TaskProgress>({ done: 0, total: 1 });
  const [cancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const close = useRef<HTMLButtonElement>(null);
  const file = path.split(/[\\/]/).pop() ?? path;

  useEffect(() => {
    (async () => {
      try {
        const outcome = await api.importPackage(path, setProgress);
        setProgress({ done: 1, total: 1 });
        setResult({ ok: true, lines: await outcomeLines(outcome) });
      } catch (e) {
        const cancelled = isApiError(e) && e.code === "package-cancelled";
        setResult({
          ok: false,
          lines: [cancelled ? t("error-package-cancelled") : t("import-failed"), cancelled ? "" : errorText(e), t("import-nothing-changed")].filter((l) => l !== ""),
        });
      }
    })();
  }, [path]);

  useEffect(() => {
    if (result) close.current?.focus();
  }, [result]);

  return (
    <div class="overlay">
      <section class="card import-panel" role="dialog" aria-modal="true" aria-labelledby="import-title" data-test="import-panel">
        <h2 id="import-title">{t("import-title")}</h2>
        <p>{t("import-reading", { file })}</p>
        <ProgressTask
          hook="import"
          progress={progress}
          label={(pct) => t("import-progress", { percent: pct })}
          running={!result}
          cancelLabel={cancelling ? t("import-cancelling") : t("import-cancel")}
          cancelling={cancelling}
          onCancel={() => {
            setCancelling(true);
            void api.cancelImport();
          }}
        />
        <div
          class={result ? (result.ok ? "import-result ok" : "import-result error") : "import-result"}
          role={result && !result.ok ? "alert" : "status"}
          data-test="import-result"
          data-outcome={result ? (result.ok ? "ok" : "error") : undefined}
        >
          {result?.lines.map((line) => <p>{line}</p>)}
        </div>
        <div class="actions">
          <button class="primary" data-test="import-close" hidden={!result} ref={close} onClick={onClose}>
            {t("import-close")}
          </button>
        </div>
      </section>
    </div>
  );
}
