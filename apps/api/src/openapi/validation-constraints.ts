import { ApiProperty, type OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

type SchemaConstraints = Record<string, unknown>;

/** class-validator constraints that JSON Schema can say, by the constraint's name. */
const AS_SCHEMA: Record<string, (constraints: unknown[]) => SchemaConstraints> = {
  isLength: ([minLength, maxLength]) => ({ minLength, maxLength }),
  minLength: ([minLength]) => ({ minLength }),
  maxLength: ([maxLength]) => ({ maxLength }),
  matches: ([pattern]) => ({ pattern: pattern instanceof RegExp ? pattern.source : String(pattern) }),
  isUuid: () => ({ format: 'uuid' }),
  min: ([minimum]) => ({ minimum }),
  max: ([maximum]) => ({ maximum }),
  arrayMinSize: ([minItems]) => ({ minItems }),
  arrayMaxSize: ([maxItems]) => ({ maxItems }),
};

/** The part of a class-validator rule that OpenAPI can carry. */
interface ValidationRule {
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

type ValidatedClass = abstract new (...args: never[]) => unknown;

/** Every class-validator rule of every validated class; the storage keeps them by class, privately. */
function validatedClasses(): Map<ValidatedClass | string, ValidationRule[]> {
  return (getMetadataStorage() as unknown as { validationMetadatas: Map<ValidatedClass | string, ValidationRule[]> }).validationMetadatas;
}

/**
 * Writes the request DTOs' validation rules (lengths, patterns, bounds, UUIDs, array sizes) into
 * their OpenAPI properties before the document is built, so the document says what the API
 * accepts: the rules are declared once, beside the fields, and the two cannot drift apart.
 */
export function documentValidationConstraints(): void {
  for (const [target, rules] of validatedClasses()) {
    if (typeof target !== 'function') continue;
    for (const rule of rules) {
      const toSchema = rule.name === undefined || rule.each ? undefined : AS_SCHEMA[rule.name];
      if (toSchema) ApiProperty(toSchema(rule.constraints ?? []))(target.prototype as object, rule.propertyName);
    }
  }
}

/** Request bodies refuse fields they do not declare (the validation pipe's forbidNonWhitelisted); the document says so. */
export function refuseUndeclaredFields(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const target of validatedClasses().keys()) {
    const schema = typeof target === 'function' ? schemas[target.name] : undefined;
    if (schema && !('$ref' in schema)) schema.additionalProperties = false;
  }
  return document;
}
