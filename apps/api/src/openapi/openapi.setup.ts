import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { API_KEY_SECURITY } from '../auth/operation.decorator.js';
import { ProblemDetails } from '../problem-details/problem-details.js';
import { documentValidationConstraints, refuseUndeclaredFields } from './validation-constraints.js';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Accord API')
    .setDescription(
      'Sector-led improvement partnerships between English councils: from draft, through review, the staff-capacity check, ' +
        'the Cabinet decision and its call-in window, and dual sign-off, to an active partnership and its exit. ' +
        'Errors are RFC 9457 problem details (application/problem+json).',
    )
    .setVersion('0.1.0')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'An Accord API key (acc_…), issued by an admin and shown once' },
      API_KEY_SECURITY,
    )
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
