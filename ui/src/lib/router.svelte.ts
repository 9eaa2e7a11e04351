// Which screen is shown. A small in-memory router: the app has no URLs to share, and every
// screen is reachable from the navigation or the journey map.

export type Route =
  | { name: "start" }
  | { name: "orgs" }
  | { name: "home" }
  | { name: "basics" }
  | { name: "selfcheck"; part?: number }
  | { name: "policy" }
  | { name: "direction"; id: string }
  | { name: "maturity"; direction?: string }
  | { name: "dashboard" }
  | { name: "actions" }
  | { name: "partners" }
  | { name: "incident" }
  | { name: "profile" }
  | { name: "settings" }
  | { name: "about" }
  | { name: "seminar" }
  | { name: "quickrun" }
  | { name: "class" };

export type RouteName = Route["name"];

export const router = $state<{ route: Route; back: Route[] }>({ route: { name: "start" }, back: [] });

/** Shows `route`; the previous screen is remembered for {@link goBack}. */
export function go(route: Route): void {
  router.back = [...router.back.slice(-19), router.route];
  router.route = route;
  if (typeof window !== "undefined") window.scrollTo?.(0, 0);
}

/** Returns to the previous screen, if there is one. */
export function goBack(): void {
  const prev = router.back.at(-1);
  if (!prev) return;
  router.back = router.back.slice(0, -1);
  router.route = prev;
}

/** Replaces the current screen without remembering it (e.g. after first start). */
export function replace(route: Route): void {
  router.route = route;
}
