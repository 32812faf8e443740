// The bundled demo project: the local PostHog-compatible demo server (`npm run demo-server`, `npm start`) serves
// a generated data set under this read-only key. Public on purpose: it opens nothing but that local server.
export const DEMO_HOST = 'http://127.0.0.1:8010';
export const DEMO_PROJECT_ID = 1;
export const DEMO_API_KEY = 'phx_demo_emulator_read_key_0000000000000000000';
