// The largest request body the portal takes: Next's server-action limit (next.config.js) and the 413 page
// of the serving process (scripts/serve.mjs) both read it here, so the two cannot drift apart. Imports
// may be 2 MB (lib/import/limits.ts) and the apply step sends the file's text again with the form's
// overhead: Next's default of 1 MB turned those requests away before our own check.
// CommonJS, because next.config.js is.
exports.MAX_REQUEST_BYTES = 3 * 1024 * 1024
