import { deepgram } from '../mocks/deepgram.ts'
import { useMockServer } from '../mocks/server.ts'
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

/** What the fake Deepgram hears: the WAV's words, about two and a half a second. */
const spoken =
  'Last spring I ran the stock count at our depot. I found a gap of forty pallets between the system ' +
  'and the floor, traced it to a scanner that dropped every tenth scan, and had it replaced the same ' +
  'week. I then added a daily spot check of ten locations, and the next quarterly count matched to ' +
  'within two pallets.'
const spokenWords = spoken.split(' ').map((punctuated, i) => ({
  word: punctuated.toLowerCase().replace(/[^a-z0-9']/g, ''),
  punctuated_word: punctuated,
  start: 0.3 + i * 0.4,
  end: 0.3 + i * 0.4 + 0.32,
  confidence: 0.97,
}))

describe.skipIf(!chromiumIsAvailable())('answering by voice with Deepgram configured', () => {
  useMockServer()
  const liveSockets: string[] = []

  const room = useRoomBrowser({
    env: { DEEPGRAM_API_KEY: 'dg-test-key' },
    args: fakeMicrophone,
    setup: async (page) => {
      // Deepgram's live socket is a third-party service: here it refuses the stream, so the room
      // falls back to uploading the recording, which the server transcribes (Deepgram faked by msw)
      await page.routeWebSocket(/deepgram\.com/, (socket) => {
        liveSockets.push(socket.url())
        socket.close({ code: 1011, reason: 'unavailable in tests' })
      })
    },
  })

  test('a spoken answer is recorded, transcribed by the server and scored with its delivery', async () => {
    deepgram.words = spokenWords
    await signUp(room.page, room.server.url, 'voice-room@example.com')
    await startInterview(room.page, { mode: 'Voice' })
    await readyToAnswer(room.page)

    await room.page.getByRole('button', { name: 'Start answering' }).click()
    await room.page.getByRole('button', { name: 'Finish answer' }).waitFor()
    // the level meter moves with the fake microphone's speech
    await expect
      .poll(
        () =>
          room.page.getByRole('meter', { name: 'Microphone level' }).getAttribute('aria-valuenow'),
        {
          timeout: 5000,
        },
      )
      .not.toBe('0')
    await room.page.getByText('Live captions are unavailable right now').waitFor()
    // leaving mid-answer asks first; staying keeps the recording going
    const asked: string[] = []
    room.page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    await room.page.getByRole('link', { name: '← Your interviews' }).click()
    await expect.poll(() => asked).toEqual([expect.stringMatching(/has not been sent yet/)])
    expect(room.page.url()).toMatch(/\/dashboard\/mock\/[^/]+\?mode=voice$/)
    expect(await room.page.getByRole('button', { name: 'Finish answer' }).isVisible()).toBe(true)
    await room.page.screenshot({ path: `${screenshots}/room-recording.png`, fullPage: true })
    await room.page.getByRole('button', { name: 'Finish answer' }).click()

    await roomState(room.page, 'feedback', 20_000)
    expect(liveSockets.length).toBeGreaterThan(0)
    const upload = deepgram.requests.find((request) => request.url.pathname === '/v1/listen')
    expect(upload?.bytes).toBeGreaterThan(1000)
    // the words came with timings, so pace is measured
    await room.page.getByRole('tab', { name: /Delivery/ }).click()
    expect(await room.page.getByRole('tabpanel').textContent()).toMatch(/\d+ words a minute/)
    expect(await room.page.getByTestId('transcript').textContent()).toMatch(
      /traced it to a scanner/,
    )
    await room.page.screenshot({ path: `${screenshots}/room-voice-feedback.png`, fullPage: true })

    const attempt = await room.database.prisma.mockInterviewAttempt.findFirstOrThrow()
    expect(attempt).toMatchObject({ status: 'SCORED' })
    expect(attempt.audioRef).not.toBeNull()
  })
})
