// Types for Vite's client and for the virtual modules that build/articlesPlugin.ts provides.
/// <reference types="vite/client" />

declare module 'virtual:tolk/shipped-version' {
  export const shippedVersion: string;
}

declare module 'virtual:tolk/shipped-articles' {
  import type { ShippedArticles } from './db/seed';
  const shipped: ShippedArticles;
  export default shipped;
}
