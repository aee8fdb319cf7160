import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Checker } from '@/components/Checker';
import '@/components/options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Checker />
  </StrictMode>,
);
