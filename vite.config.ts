import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// Bitrix24 serves a static app from any path (a zip unpacked under the portal, or a
// marketplace host), so every asset URL must be relative: base './'.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss()],
  server: { host: 'localhost', port: 5173, strictPort: true },
  preview: { host: 'localhost', port: 4173, strictPort: true },
  build: { sourcemap: false, target: 'es2022' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'emulator/**/*.test.ts'],
    environment: 'node',
  },
});
