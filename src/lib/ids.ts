/** Entry ids are file names and URL segments, so they are lowercase-kebab and nothing else. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
