// Vitest runs server code outside React Server Components; `server-only`
// throws there by design, so tests resolve it to this empty module.
export {};
