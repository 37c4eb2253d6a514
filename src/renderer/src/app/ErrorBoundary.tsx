import { Component, type ErrorInfo, type ReactNode } from 'react';
import { NoticeView } from './NoticeView';

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  /** The message shown above the error's text. */
  message: string;
  children: ReactNode;
}

/**
 * Catches a rendering error in one pane (say, an editor choking on a lesson) and shows it in
 * that pane, so the rest of the window and the document in memory stay usable. Key it by what
 * it shows so that choosing another lesson tries again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="pane-error">
        <NoticeView notice={{ kind: 'error', message: this.props.message, details: [error.message] }} />
      </div>
    );
  }
}
