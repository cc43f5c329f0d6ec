import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const API_ORIGIN = process.env.KARTOTEKA_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Budget is 300 KB gzipped for the first load; warn well before the raw size gets near it.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': API_ORIGIN,
      '/health': API_ORIGIN,
      '/ready': API_ORIGIN,
    },
  },
});
