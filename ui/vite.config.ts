import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

// Tauri expects a fixed dev port and loads ui/dist in release builds.
export default defineConfig({
  plugins: [svelte(), ...(process.env.VITEST ? [svelteTesting()] : [])],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    // The .ftl files live in ../locales, shared with the Rust side.
    fs: { allow: [".."] },
  },
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
