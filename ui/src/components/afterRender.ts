// Runs a function once the next render is on screen (to scroll to or focus what it drew).
// Not requestAnimationFrame: under a slow compositor a frame can come late, and a scroll
// then lands while the learner (or a test) is already acting elsewhere.
import { useLayoutEffect, useReducer, useRef } from "preact/hooks";

export function useAfterRender(): (task: () => void) => void {
  const queue = useRef<(() => void)[]>([]);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => {
    for (const task of queue.current.splice(0)) task();
  });
  return (task) => {
    queue.current.push(task);
    redraw(0);
  };
}
