import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Options } from '@/components/Options';
import { db } from '@/lib/history/db';
import '@/components/options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options db={db} />
  </StrictMode>,
);
