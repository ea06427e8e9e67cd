import { defineConfig } from 'vite';

// Run with web/ as the root (`vite build web`); the server serves the output from dist/web.
export default defineConfig({
  // cytoscape and its layout are most of the bundle (about 180 kB gzipped), loaded once and cached.
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 700 },
  // `npm run web:dev` talks to an API started with `npm start`.
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
