// A task with a progress bar, its percentage and a cancel button: importing a package from
// a file, downloading a course from the server.
import { percent } from "../i18n";

export interface TaskProgress {
  done: number;
  total: number;
}

/** Whole percent done; an empty task is done. */
export function percentDone(p: TaskProgress): number {
  return p.total > 0 ? Math.floor((p.done * 100) / p.total) : 100;
}

export function ProgressTask(props: {
  /** `import` or `download`: the prefix of the `data-test` hooks. */
  hook: string;
  progress: TaskProgress;
  /** The words beside the bar, given the localized percentage. */
  label: (percent: string) => string;
  running: boolean;
  cancelLabel: string;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const pct = percentDone(props.progress);
  return (
    <div class="import-bar">
      <progress max={100} value={pct} data-test={`${props.hook}-progress`} />
      <span class="muted" data-test={`${props.hook}-percent`}>
        {props.label(percent(pct))}
      </span>
      {props.running && (
        <button class="secondary" data-test={`${props.hook}-cancel`} disabled={props.cancelling} onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      )}
    </div>
  );
}
