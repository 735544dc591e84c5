import { defineConfig } from "vite";

// The app is served by Tauri from ui/dist. Nothing is fetched at run time: fonts, styles
// and the Fluent files are all bundled here.
export default defineConfig({
  clearScreen: false,
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
  server: { fs: { allow: [".."] } },
});
