import { registerDecorator, type ValidationArguments } from 'class-validator';

/** An email invites a person to sign in through the identity provider; a service account never signs in. */
export function IsOnlyForPeople(kindField: string): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isOnlyForPeople',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          return value === undefined || (args.object as Record<string, unknown>)[kindField] === 'person';
        },
        defaultMessage(args: ValidationArguments) {
          return `${args.property} is for people, who sign in; a service account calls with an API key`;
        },
      },
    });
  };
}
