import { registerDecorator, type ValidationArguments } from 'class-validator';
import { CROSS_COUNCIL_ROLES, isRole } from '#domain';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../common/gss-code.js';

/** Council-bound roles need a GSS code; commissioners and admins act across councils and must have none. */
export function IsCouncilCodeForRole(roleField: string): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isCouncilCodeForRole',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const role = (args.object as Record<string, unknown>)[roleField];
          if (!isRole(role)) return true; // the role's own validator reports it
          if (CROSS_COUNCIL_ROLES.has(role)) return value === undefined || value === null;
          return typeof value === 'string' && GSS_CODE.test(value);
        },
        defaultMessage(args: ValidationArguments) {
          const role = (args.object as Record<string, unknown>)[roleField];
          return isRole(role) && CROSS_COUNCIL_ROLES.has(role)
            ? `${role}s act across councils: omit ${args.property}`
            : `${args.property} ${GSS_CODE_MESSAGE} (required for this role)`;
        },
      },
    });
  };
}
