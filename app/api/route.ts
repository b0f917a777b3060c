/** `/api` itself serves nothing: the same JSON 404 as any unknown path under it. */
export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from './[...slug]/route';
