import { SAFETY_SCRIPT_URL, SERVICE_WORKER_URL } from '@/lib/routes'

/**
 * The only script a content page loads (public/safety.js: the quick exit and the offline emergency
 * pages), deferred so it never delays the text. The worker's address is passed from lib/routes.ts.
 */
export function SafetyScript() {
  return <script src={SAFETY_SCRIPT_URL} data-worker={SERVICE_WORKER_URL} defer />
}
