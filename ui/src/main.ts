import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

// Start-up marks (read by scripts/bench; see docs/PERFORMANCE.md, "Cold start").
performance.mark("mamori:script");
const target = document.getElementById("app");
if (!target) throw new Error("#app missing from index.html");
export default mount(App, { target });
