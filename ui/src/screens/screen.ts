// What a screen is: how to load its data for a route, and how to draw it. A new screen is
// one file and one entry in `screens/index.ts`.
import type { ComponentChildren } from "preact";

import type { Route } from "../router";

export type RouteOf<N extends Route["name"]> = Extract<Route, { name: N }>;

export interface Screen<N extends Route["name"], D> {
  /** The screen's data; `quiet` asks for a load that records nothing (a redraw in
   * another language). */
  load(route: RouteOf<N>, quiet: boolean): Promise<D>;
  View(props: { route: RouteOf<N>; data: D }): ComponentChildren;
}
