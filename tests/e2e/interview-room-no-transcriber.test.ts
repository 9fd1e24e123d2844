import { chromiumIsAvailable } from '../setup/browser.ts'
import { useRoomBrowser } from './room-browser.ts'
import {
  fakeMicrophone,
  readyToAnswer,
  roomState,
  screenshots,
  signUp,
  startInterview,
} from './room-steps.ts'

const whatISaid =
  'Last spring I ran the stock count at our depot and found a gap of forty pallets. I traced it to a ' +
  'faulty scanner, had it replaced that week, and added a daily spot check; the next count matched.'

describe.skipIf(!chromiumIsAvailable())(
  'a spoken answer on a server without speech-to-text',
  () => {
    const room = useRoomBrowser({ args: fakeMicrophone })

    test('a pause is noticed, the recording is kept and the candidate types what they said, which is then scored', async () => {
      await signUp(room.page, room.server.url, 'no-stt@example.com')
      await startInterview(room.page, { mode: 'Voice' })
      await readyToAnswer(room.page)
      await room.page.getByRole('button', { name: 'Start answering' }).click()
      // voice-activity detection (Silero, served from our origin) notices the pause after the words
      await room.page.getByText('You have paused').waitFor({ timeout: 25_000 })
      await room.page.screenshot({ path: `${screenshots}/room-silence-offer.png`, fullPage: true })
      await room.page.getByRole('button', { name: 'Finish answer' }).click()

      await roomState(room.page, 'awaitingTranscript')
      expect(
        await room.page.getByRole('heading', { name: 'Your recording is saved' }).count(),
      ).toBe(1)
      const waiting = await room.database.prisma.mockInterviewAttempt.findFirstOrThrow()
      expect(waiting).toMatchObject({ status: 'AWAITING_TRANSCRIPT' })
      expect(waiting.audioRef).not.toBeNull()
      await room.page.screenshot({
        path: `${screenshots}/room-awaiting-transcript.png`,
        fullPage: true,
      })

      await room.page.getByLabel('What you said').fill(whatISaid)
      await room.page.getByRole('button', { name: 'Score what I said' }).click()
      await roomState(room.page, 'feedback')
      expect(await room.page.getByTestId('transcript').textContent()).toBe(whatISaid)
      const scored = await room.database.prisma.mockInterviewAttempt.findFirstOrThrow()
      expect(scored).toMatchObject({ id: waiting.id, status: 'SCORED', audioRef: waiting.audioRef })
    })
  },
)
