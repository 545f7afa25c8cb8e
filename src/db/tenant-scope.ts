/**
 * SECURITY-CRITICAL: the tenant scope of a query. Every read, update and delete
 * of a tenant table spreads `...inSchool(actor)` LAST into its WHERE, so a row
 * of another school can never match, whatever id the request names, and no
 * earlier key can override the school.
 */
export function inSchool(scope: { readonly schoolId: string }): { schoolId: string } {
  return { schoolId: scope.schoolId };
}
