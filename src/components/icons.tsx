// Small inline SVG icons in the text's colour, for the parts that load on use: symbols that need no emoji font. Decorative,
// so hidden from assistive technology. (The reader's first load draws its few icons in CSS instead: see reader.css.)
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

export const PlusIcon = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" />
  </Icon>
);

export const ScissorsIcon = () => (
  <Icon>
    <circle cx="4" cy="4.5" r="1.8" />
    <circle cx="4" cy="11.5" r="1.8" />
    <path d="M5.5 5.5 13.5 12M5.5 10.5 13.5 4" />
  </Icon>
);

export const JoinIcon = () => (
  <Icon>
    <path d="M3 3h10M3 13h10M8 4.5v7M5.5 9 8 11.5 10.5 9" />
  </Icon>
);

export const SpeakerIcon = () => (
  <Icon>
    <path d="M2.5 6h2.5l3.5-3v10l-3.5-3H2.5z" />
    <path d="M11 5.5a3.5 3.5 0 0 1 0 5M12.8 3.5a6 6 0 0 1 0 9" />
  </Icon>
);
