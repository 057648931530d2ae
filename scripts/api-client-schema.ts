import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated types live: the api-client library's own source, committed. */
export const API_CLIENT_SCHEMA = 'libs/api-client/src/schema.ts';

const HEADER =
  '// Generated from the served OpenAPI document by `npm run generate:client` (openapi-typescript). Do not edit:\n' +
  '// test/api-client.e2e-spec.ts fails when this file differs from what the current document generates.\n';

/**
 * The TypeScript types of an OpenAPI document, as openapi-typescript writes them: one `paths`
 * interface the openapi-fetch client is typed by, and the `components` schemas.
 */
export async function clientSchemaSource(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    // Required-ness as documented: an optional field is `field?: T`, not `field: T | undefined`.
    // A field with a default is still optional to send: the server fills the default in.
    defaultNonNullable: false,
  });
  return `${HEADER}\n${astToString(ast)}`;
}
