/** An error member of a mutation's result union, as the routes select it. */
export type ApiError = {
  __typename: string
  message: string
  code?: string | null
  issues?: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }> | null
}

export type FormErrors<TField extends string> = {
  fieldErrors: Partial<Record<TField, string>>
  /** an error that belongs to no single field, shown above the form */
  formError?: string
}

/**
 * Places an API error next to the field it is about: validation issues by the last
 * segment of their path, other errors by their code (`EMAIL_TAKEN` → email). Anything
 * that matches no field is shown for the whole form.
 */
export function formErrorsFrom<TField extends string>(
  error: ApiError,
  fields: readonly TField[],
  fieldByCode: Partial<Record<string, TField>> = {},
): FormErrors<TField> {
  const fieldErrors: Partial<Record<TField, string>> = {}
  const unplaced: string[] = []
  for (const issue of error.issues ?? []) {
    const field = fields.find((name) => issue.path.includes(name))
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message
    else if (!field) unplaced.push(issue.message)
  }
  const codeField = error.code ? fieldByCode[error.code] : undefined
  if (codeField && !fieldErrors[codeField]) fieldErrors[codeField] = error.message
  const placedAny = Object.keys(fieldErrors).length > 0
  const formError = unplaced.length > 0 ? unplaced.join(' ') : placedAny ? undefined : error.message
  return { fieldErrors, formError }
}
