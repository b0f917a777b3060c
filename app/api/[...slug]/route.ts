import { routeNotFound } from '@/lib/api/handler';

/** Any other path under /api: a JSON 404 whatever the method. */
export {
  routeNotFound as DELETE,
  routeNotFound as GET,
  routeNotFound as OPTIONS,
  routeNotFound as PATCH,
  routeNotFound as POST,
  routeNotFound as PUT,
};
