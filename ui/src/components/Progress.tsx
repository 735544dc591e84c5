// A progress ring (on course cards) and a horizontal bar (on course pages).
import { ringText } from "../format";

export function Ring({ percent, label }: { percent: number; label: string }) {
  const r = 18;
  const c = 2 * Math.PI * r;
  return (
    <svg viewBox="0 0 44 44" class="ring" role="img" aria-label={label}>
      <circle cx="22" cy="22" r={r} class="ring-track" stroke-dasharray={`${c} ${c}`} transform="rotate(-90 22 22)" />
      {/* A zero-length arc with round caps would still draw a dot. */}
      {percent > 0 && (
        <circle cx="22" cy="22" r={r} class="ring-value" stroke-dasharray={`${(c * Math.min(100, percent)) / 100} ${c}`} transform="rotate(-90 22 22)" />
      )}
      <text x="22" y="26" text-anchor="middle" class="ring-text">
        {ringText(percent)}
      </text>
    </svg>
  );
}

export function Bar({ percent, label }: { percent: number; label: string }) {
  return (
    <span class="bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(percent)} aria-label={label}>
      <span class="bar-fill" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
    </span>
  );
}
