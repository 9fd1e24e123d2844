// Every address no other route claims. Without this route Remix matches nothing, so no loader
// runs (the root ErrorBoundary drew the signed-out header for everyone) and it logs its internal
// "No route matches URL" error with a stack trace. Here the root loader runs first, and the 404
// is a thrown Response, which Remix renders in the root ErrorBoundary without logging.
export function loader() {
  throw new Response('Not Found', { status: 404, statusText: 'Not Found' })
}

// A POST to an unknown address is a 404 too, not a 405 "no action" error.
export function action() {
  throw new Response('Not Found', { status: 404, statusText: 'Not Found' })
}

// Remix renders the root ErrorBoundary; a route module needs a component to be a page route.
export default function NotFound() {
  return null
}
