import 'reflect-metadata';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import type { DynamicModule, Type } from '@nestjs/common';
import { ROLES } from '#domain';
import { AppModule } from '../app.module.js';
import { ACCESS_POLICY } from './access-policy.js';
import { ACCESS_OPERATION, PUBLIC_ROUTE } from './operation.decorator.js';

interface Route {
  controller: string;
  handler: string;
  operationId: string | undefined;
  isPublic: boolean;
}

/** Every route of every controller the app module reaches, with the operation it names. */
function routesOf(root: Type): Route[] {
  const seen = new Set<unknown>();
  const routes: Route[] = [];
  const visit = (entry: Type | DynamicModule | Promise<DynamicModule> | undefined): void => {
    if (!entry || entry instanceof Promise || seen.has(entry)) return;
    seen.add(entry);
    const moduleClass = 'module' in entry ? entry.module : entry;
    const imports = [
      ...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) as Type[] | undefined) ?? []),
      ...('module' in entry ? (entry.imports ?? []) : []),
    ];
    const controllers = [
      ...((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, moduleClass) as Type[] | undefined) ?? []),
      ...('module' in entry ? (entry.controllers ?? []) : []),
    ];
    for (const controller of controllers) {
      const classIsPublic = Reflect.getMetadata(PUBLIC_ROUTE, controller) === true;
      for (const handler of Object.getOwnPropertyNames(controller.prototype)) {
        const method = (controller.prototype as Record<string, unknown>)[handler];
        if (typeof method !== 'function' || Reflect.getMetadata(PATH_METADATA, method) === undefined) continue;
        if (Reflect.getMetadata(METHOD_METADATA, method) === undefined) continue;
        routes.push({
          controller: controller.name,
          handler,
          operationId: Reflect.getMetadata(ACCESS_OPERATION, method) as string | undefined,
          isPublic: classIsPublic || Reflect.getMetadata(PUBLIC_ROUTE, method) === true,
        });
      }
    }
    for (const imported of imports) visit(imported as Type | DynamicModule);
  };
  visit(root);
  return routes;
}

describe('the access policy', () => {
  const routes = routesOf(AppModule);
  const protectedRoutes = routes.filter((route) => !route.isPublic);

  it('finds the API’s routes', () => {
    expect(routes.length).toBeGreaterThan(60);
    const publicRoutes = routes.filter((route) => route.isPublic).map((route) => `${route.controller}.${route.handler}`);
    // Health checks and metrics (kept internal by the network), and the decision pages and feeds published for anyone to read.
    expect(publicRoutes.sort()).toEqual([
      'DecisionPagesController.feed',
      'DecisionPagesController.page',
      'HealthController.liveness',
      'HealthController.readiness',
      'MetricsController.scrape',
    ]);
  });

  it('has an entry for every route that is not public', () => {
    const without = protectedRoutes.filter((route) => route.operationId === undefined || !Object.hasOwn(ACCESS_POLICY, route.operationId));
    expect(without.map((route) => `${route.controller}.${route.handler}`)).toEqual([]);
  });

  it('has no entry that no route names, and each route names its own', () => {
    const named = protectedRoutes.map((route) => route.operationId).sort();
    expect(named).toEqual(Object.keys(ACCESS_POLICY).sort());
  });

  it('names only real roles, and lets someone do everything it lists', () => {
    for (const [operationId, rule] of Object.entries(ACCESS_POLICY)) {
      expect({ operationId, unknown: rule.roles.filter((role) => !ROLES.includes(role)) }).toEqual({ operationId, unknown: [] });
      expect({ operationId, roles: rule.roles.length > 0 }).toEqual({ operationId, roles: true });
    }
  });
});
