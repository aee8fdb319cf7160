import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/Popup';
import { db } from '@/lib/history/db';
import '@/components/popup.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup db={db} />
  </StrictMode>,
);
