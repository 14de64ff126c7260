import { describe, expect, it } from 'vitest';
import { withoutManifestLink } from './deferManifest';

describe('withoutManifestLink', () => {
  it('takes the manifest link out and leaves the other links as they were', () => {
    const html = '<head>\n  <link rel="icon" href="/icons/favicon-32.png">\n<link rel="manifest" href="/manifest.webmanifest"></head>';
    expect(withoutManifestLink(html)).toBe('<head>\n  <link rel="icon" href="/icons/favicon-32.png"></head>');
  });

  it('takes out one that asks for credentials too', () => {
    expect(withoutManifestLink('<head><link rel="manifest" href="/m.webmanifest" crossorigin="use-credentials"></head>')).toBe('<head></head>');
  });
});
