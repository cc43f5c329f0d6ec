import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';

const API_ORIGIN = process.env.KARTOTEKA_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Budget is 300 KB gzipped for the first load; warn well before the raw size gets near it.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // Host is passed through (changeOrigin: false) so the server's same-origin CSRF check sees the page's own origin.
    proxy: {
      '/api': { target: API_ORIGIN, changeOrigin: false },
      '/health': { target: API_ORIGIN, changeOrigin: false },
      '/ready': { target: API_ORIGIN, changeOrigin: false },
    },
  },
});
