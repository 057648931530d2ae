import { fileURLToPath } from 'node:url';

/**
 * The published pages' compiled stylesheets, served at /assets/. The build compiles them from
 * Sass into `assets/` beside this module's compiled code (dist/apps/api/src/decision-pages/assets);
 * run from the TypeScript sources, the folder is absent and the pages come unstyled.
 */
export const PAGE_ASSETS_DIRECTORY = fileURLToPath(new URL('./assets/', import.meta.url));
export const PAGE_ASSETS_PREFIX = '/assets/';
