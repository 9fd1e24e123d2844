import { useEffect, useRef } from 'react'

/**
 * After a submission comes back with errors, moves focus to the first invalid field (or
 * the form's alert) so that keyboard and screen-reader users land on what to fix.
 */
export function useFocusFirstError(errors: unknown) {
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (!errors || !formRef.current) return
    const target = formRef.current.querySelector<HTMLElement>(
      '[aria-invalid="true"], [role="alert"]',
    )
    if (!target) return
    if (target.getAttribute('role') === 'alert') target.tabIndex = -1
    target.focus()
  }, [errors])
  return formRef
}
