/** A verified token whose person may not use Accord (403): unknown, uninvited or disabled. */
export class PersonRefused extends Error {
  override readonly name = 'PersonRefused';
}
