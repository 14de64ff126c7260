// An error boundary around each page: what a page cannot render becomes a message with a way out, never a blank app.
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

interface Props {
  children: ReactNode;
  /** The location: a new one gives the page another chance (the learner followed the way out). */
  resetKey: string;
  /** More ways out beside "Go to the library", e.g. deleting the damaged article the page shows. */
  actions?: ReactNode;
}

interface State {
  failed: boolean;
  key: string;
}

export class RouteBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('A page could not be shown', error, info.componentStack);
  }

  override render(): ReactNode {
    // The message's words load with the records namespace, on failure only.
    return this.state.failed ? (
      <Suspense fallback={null}>
        <PageFailed actions={this.props.actions} />
      </Suspense>
    ) : (
      this.props.children
    );
  }
}

function PageFailed({ actions }: { actions: ReactNode }) {
  const { t } = useTranslation('records');
  return (
    <div className="route-failed" role="alert">
      <h1>{t('damaged.pageTitle')}</h1>
      <p>{t('damaged.page')}</p>
      {actions}
      <p>
        <Link href="/">{t('damaged.toLibrary')}</Link>
      </p>
    </div>
  );
}
