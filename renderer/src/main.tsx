import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { connectToBerth } from './api/connection';
import { App } from './app/App';

// The CSP forbids eval; zod's JIT would try `new Function` (and log a violation) before falling back.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App connection={connectToBerth()} />
  </StrictMode>,
);
