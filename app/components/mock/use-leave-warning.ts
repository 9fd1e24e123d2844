import { useBeforeUnload, useBlocker } from '@remix-run/react'
import { useCallback, useEffect } from 'react'

/** Asks before leaving while an answer is being recorded or sent. */
export function useLeaveWarning(unsaved: boolean) {
  const blocker = useBlocker(unsaved)
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    if (window.confirm('Your answer has not been sent yet. Leave and lose it?')) blocker.proceed()
    else blocker.reset()
  }, [blocker])
  useBeforeUnload(
    useCallback(
      (event) => {
        if (unsaved) event.preventDefault()
      },
      [unsaved],
    ),
  )
}
