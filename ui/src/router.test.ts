import { describe, expect, it } from "vitest";

import { Latest, createRouter } from "./router";

type R = { name: string };

/** A promise the test resolves when it wants. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("Latest", () => {
  it("only the newest token is current", () => {
    const latest = new Latest();
    const a = latest.begin();
    const b = latest.begin();
    expect(latest.isCurrent(a)).toBe(false);
    expect(latest.isCurrent(b)).toBe(true);
  });
});

describe("router", () => {
  it("drops a slow screen the learner already left", async () => {
    const slow = later<string>();
    const router = createRouter<R>({
      load: (r) => (r.name === "slow" ? slow.promise : Promise.resolve(`data of ${r.name}`)),
      leave: async () => {},
    });
    const first = router.go({ name: "slow" });
    await router.go({ name: "fast" });
    expect(router.shown.get()?.route.name).toBe("fast");
    slow.resolve("data of slow");
    await first;
    expect(router.shown.get()?.route.name).toBe("fast");
    expect(router.shown.get()?.data).toBe("data of fast");
  });

  it("a quiet refresh keeps the screen (same key), records nothing, and does not leave it", async () => {
    const calls: string[] = [];
    const router = createRouter<R>({
      load: async (r, quiet) => {
        calls.push(`${r.name}:${quiet ? "quiet" : "enter"}`);
        return calls.length;
      },
      leave: async () => void calls.push("leave"),
    });
    await router.go({ name: "lesson" });
    const key = router.shown.get()!.key;
    await router.refresh(true);
    expect(router.shown.get()!.key).toBe(key);
    expect(router.shown.get()!.data).toBe(3);
    expect(calls).toEqual(["leave", "lesson:enter", "lesson:quiet"]);
    await router.refresh(false);
    expect(router.shown.get()!.key).not.toBe(key);
  });

  it("a refresh overtaken by navigation is dropped", async () => {
    const slow = later<string>();
    let n = 0;
    const router = createRouter<R>({
      load: (r, quiet) => (quiet ? slow.promise : Promise.resolve(`${r.name} ${++n}`)),
      leave: async () => {},
    });
    await router.go({ name: "lesson" });
    const refreshing = router.refresh(true);
    await router.go({ name: "course" });
    slow.resolve("lesson in French");
    await refreshing;
    expect(router.shown.get()?.route.name).toBe("course");
  });

  it("shows a load error as the screen's error", async () => {
    const router = createRouter<R>({ load: async () => Promise.reject({ code: "lesson-not-found", args: {} }), leave: async () => {} });
    await router.go({ name: "lesson" });
    expect(router.shown.get()?.error).toEqual({ code: "lesson-not-found", args: {} });
  });
});
