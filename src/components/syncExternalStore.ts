// React's own useSyncExternalStore, standing in for the `use-sync-external-store/shim` package (vite.config.ts).
//
// wouter and react-i18next import the shim so that they also run on React 17; on React 18 and later the shim hands
// over to this same hook, but its fallback for older React still ships with it (0.24 kB gzip on the first load).
export { useSyncExternalStore } from 'react';
