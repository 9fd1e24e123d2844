/**
 * The avatar with no service: a session tells the browser to speak each question with its own
 * speech synthesis over a static avatar. The server keeps nothing; `speak` hands the text back.
 */
import type { AvatarProvider, AvatarSession } from './avatar-provider.ts'

export interface LocalAvatarConfig {
  /** default speechSynthesis voice name; the browser's own default when absent */
  voiceId?: string
  newId?: () => string
}

export function createLocalAvatar(config: LocalAvatarConfig = {}): AvatarProvider {
  const newId = config.newId ?? (() => `local-${crypto.randomUUID()}`)
  return {
    provider: 'local',
    async createSession(options = {}): Promise<AvatarSession> {
      const voiceId = options.voiceId ?? config.voiceId
      return {
        provider: 'local',
        sessionId: newId(),
        speaksInBrowser: true,
        ...(options.avatarId ? { avatarId: options.avatarId } : {}),
        ...(voiceId ? { voiceId } : {}),
      }
    },
    async speak(sessionId, text) {
      const trimmed = text.trim()
      if (trimmed === '') throw new RangeError('There is no text to speak.')
      return { sessionId, text: trimmed, speaksInBrowser: true }
    },
    async closeSession() {},
  }
}
