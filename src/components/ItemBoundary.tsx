// An error boundary for one list item or page: what it cannot show becomes its stand-in (a "damaged" row, a message) instead of blanking the app.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What stands in the item's place once it has failed (usually a DamagedEntry). */
  fallback: ReactNode;
  /** When this changes (the record was written again), the item gets another chance to render. */
  resetKey?: unknown;
}

interface State {
  failed: boolean;
  key: unknown;
}

export class ItemBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever debugs the record; the learner sees the stand-in.
    console.warn('Something stored could not be shown', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
