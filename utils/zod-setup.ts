import * as z from 'zod/mini';

// Extension pages and content scripts run under a CSP without 'unsafe-eval': zod must not
// try to compile its parsers with new Function (a blocked attempt logs a CSP violation).
z.config({ jitless: true });
