import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.CHISO_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/evidence': { target: api, changeOrigin: true },
      '/public': { target: api, changeOrigin: true },
    },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
});
