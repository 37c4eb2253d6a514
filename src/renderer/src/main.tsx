import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../resources/fonts/fonts.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/outline.css';
import './styles/editor.css';
import './styles/dialogs.css';
import { initI18n } from './i18n';
import { App } from './App';

initI18n(navigator.language);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
