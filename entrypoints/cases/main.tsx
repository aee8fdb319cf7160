import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Cases } from '@/components/Cases';
import { db } from '@/lib/history/db';
import '@/components/options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Cases db={db} />
  </StrictMode>,
);
