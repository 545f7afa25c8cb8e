/** "Sanne van der Berg": first name, tussenvoegsel, last name. */
export function fullName(p: { firstName: string; infix: string | null; lastName: string }): string {
  return [p.firstName, p.infix, p.lastName].filter(Boolean).join(" ");
}
