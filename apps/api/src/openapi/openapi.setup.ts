import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { API_KEY_SECURITY } from '../auth/operation.decorator.js';
import { ProblemDetails } from '../problem-details/problem-details.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { documentValidationConstraints, refuseUndeclaredFields } from './validation-constraints.js';

/**
 * OpenAPI 3.1, so that a nullable reference is `anyOf: [$ref, {type: 'null'}]` (JSON Schema), which
 * every generator reads as nullable; 3.0's `nullable: true` beside a `$ref` is read by some as not.
 */
const OPENAPI_VERSION = '3.1.0';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion(OPENAPI_VERSION)
    .setTitle('Accord API')
    .setDescription(
      'Sector-led improvement partnerships between English councils: from draft, through review, the staff-capacity check, ' +
        'the Cabinet decision and its call-in window, and dual sign-off, to an active partnership and its exit. ' +
        'Errors are RFC 9457 problem details (application/problem+json).',
    )
    .setVersion('0.1.0')
    // package.json says UNLICENSED: the API and its document are not offered for reuse under an open licence.
    .setLicense('UNLICENSED: all rights reserved', 'https://docs.npmjs.com/cli/configuring-npm/package-json#license')
    // Relative: the document is served by the instance it describes, so clients resolve paths against where they fetched it.
    .addServer('/', 'The Accord instance serving this document')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'Accord API key (acc_…)',
        description:
          'An Accord API key (acc_…), issued by an admin and shown once. Not a JWT: an opaque string checked against a keyed hash.',
      },
      API_KEY_SECURITY,
    )
    // Deny by default: every operation needs a key unless it says `security: []` (the health checks).
    .addSecurityRequirements(API_KEY_SECURITY)
    // Any request can be unreadable before it reaches an operation: malformed JSON, a malformed id or query value.
    .addGlobalResponse({
      status: 400,
      ...problemResponse(
        'The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID)',
      ),
    })
    .build();
  documentValidationConstraints();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
    extraModels: [ProblemDetails],
  });
  return refuseUndeclaredFields(document);
}

/** Serves Swagger UI at /docs and the document at /openapi.json. */
export function serveOpenApi(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
  return document;
}
