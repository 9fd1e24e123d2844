/**
 * The avatar seam: who asks the questions on screen. `heygen.ts` streams HeyGen's Interactive
 * Avatar (the server holds the key, the browser gets a short-lived session token);
 * `local-avatar.ts` needs nothing: the browser speaks with its own speech synthesis over a
 * static avatar. HeyGen's LiveAvatar can be a third provider without touching callers.
 */

export interface AvatarSessionOptions {
  /** the provider's avatar id; its default when absent */
  avatarId?: string
  /** the provider's voice id (for the local avatar: a speechSynthesis voice name) */
  voiceId?: string
}

export interface AvatarSession {
  provider: 'heygen' | 'local' | (string & {})
  sessionId: string
  /** true when the browser must speak the text itself (speechSynthesis) over a static avatar */
  speaksInBrowser: boolean
  avatarId?: string
  voiceId?: string
  /** short-lived token for the provider's browser SDK (HeyGen: `new StreamingAvatar({ token })`) */
  sessionToken?: string
  /** the real-time room the browser joins (HeyGen: a LiveKit URL) and its access token */
  url?: string
  accessToken?: string
  /** when the provider ends the session by itself */
  expiresAt?: Date
}

export interface SpokenText {
  sessionId: string
  text: string
  /** true: nothing was sent anywhere, the browser speaks `text` */
  speaksInBrowser: boolean
  /** the provider's task id, when it speaks the text itself */
  taskId?: string
  /** the provider's estimate of how long it speaks */
  durationMs?: number
}

export interface AvatarProvider {
  readonly provider: AvatarSession['provider']
  /** @throws ServiceUnavailableError, or ServiceNotConfiguredError when the provider has no key */
  createSession(options?: AvatarSessionOptions): Promise<AvatarSession>
  /** Has the avatar say `text` word for word. */
  speak(sessionId: string, text: string): Promise<SpokenText>
  closeSession(sessionId: string): Promise<void>
}
