// The two parts of a request's URL (the path and query string as node:http gives them) that the
// /graphql front reads without building a URL object on every request.

/** The path, without the query string. */
export function pathOf(url = ''): string {
  const end = url.indexOf('?');
  return end === -1 ? url : url.slice(0, end);
}

/** The query string with its `?` (empty when there is none), without any fragment. */
export function searchOf(url = ''): string {
  const start = url.indexOf('?');
  if (start === -1) return '';
  const end = url.indexOf('#', start);
  return url.slice(start, end === -1 ? undefined : end);
}
