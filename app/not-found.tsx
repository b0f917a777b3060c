import Link from 'next/link';
import { connection } from 'next/server';

/** The 404 page, rendered per request so the CSP nonce (proxy.ts) reaches its scripts. */
export default async function NotFound() {
  await connection();
  return (
    <main className="p-8">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2">
        <Link href="/" className="text-blue-800 underline">
          Back to the atlas
        </Link>
      </p>
    </main>
  );
}
