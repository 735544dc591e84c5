// The size of text in the window, per learner: 100 % to 200 % (WCAG 1.4.4), in steps.
// Everything in the window is sized in rem, so one root font size scales it all.

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

/** The next size up (`+1`) or down (`-1`) from `current`, staying within the steps; `0`
 * gives the normal size. A size between two steps moves to the nearer step that way. */
export function stepTextSize(current: number, direction: 1 | -1 | 0): number {
  if (direction === 0) return TEXT_SIZES[0];
  if (direction === 1) return TEXT_SIZES.find((s) => s > current) ?? TEXT_SIZES[TEXT_SIZES.length - 1];
  return [...TEXT_SIZES].reverse().find((s) => s < current) ?? TEXT_SIZES[0];
}

/** What a key press asks of the text size: Ctrl (or ⌘) with + or =, − or _, or 0. */
export function textSizeKey(ev: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): 1 | -1 | 0 | null {
  if (!(ev.ctrlKey || ev.metaKey) || ev.altKey) return null;
  switch (ev.key) {
    case "+":
    case "=":
      return 1;
    case "-":
    case "_":
      return -1;
    case "0":
      return 0;
    default:
      return null;
  }
}

export function applyTextSize(percent: number): void {
  document.documentElement.style.fontSize = `${percent}%`;
  document.documentElement.dataset.textSize = String(percent);
}
