import { createContext, useContext } from 'react'

/**
 * This response's CSP nonce (server/security-headers.ts), given by entry.server.tsx to the inline
 * scripts Remix writes. In the browser it is '': the scripts already ran, and browsers hide a
 * nonce from the DOM after checking it.
 */
export const NonceContext = createContext('')

export const useNonce = () => useContext(NonceContext)
