import type { NestExpressApplication } from '@nestjs/platform-express';

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/**
 * Not operations: Swagger UI and the document itself; and `{/*splat}`, the route Nest mounts for
 * middleware bound to every path (nestjs-pino's request logger), which passes every request on.
 */
const NOT_OPERATIONS = /^(\/(docs|openapi\.(json|yaml))(\/|$)|\{\/\*splat\}$)/;

/**
 * Every route the running app answers, as `METHOD /path/{param}` (the document's spelling), read
 * from Express's router: what is served, whatever any decorator says.
 */
export function servedRoutes(app: NestExpressApplication): string[] {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } }).router;
  return router.stack
    .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((method) => ({ method, path: layer.route!.path })) : []))
    .filter(({ path }) => !NOT_OPERATIONS.test(path))
    .map(({ method, path }) => `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`);
}

/** Every operation of an OpenAPI document, as `METHOD /path/{param}`. */
export function documentedRoutes(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => methods.has(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}
