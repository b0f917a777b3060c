import { healthAnswer } from '@/lib/api/health';

/** For load balancers and monitoring: the dataset served, the build and the uptime. Never cached. */
export function GET(): Response {
  return healthAnswer();
}

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
