import { chromiumIsAvailable } from '../setup/browser.ts'
import { useRoomBrowser } from './room-browser.ts'
import {
  answerTyped,
  firstAnswer,
  readyToAnswer,
  roomState,
  screenshots,
  signUp,
  startInterview,
} from './room-steps.ts'

const cases = [
  {
    name: 'denied',
    // a microphone exists, and the permission prompt is answered "Block"
    args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'],
    message: /may not use your microphone.*Type your answer instead/,
  },
  { name: 'absent', args: [], message: /No microphone was found.*Type your answer instead/ },
]

describe.skipIf(!chromiumIsAvailable()).each(cases)(
  'a microphone that is $name',
  ({ name, args, message }) => {
    const room = useRoomBrowser({ args })

    test('the room says so, switches to typing, and the answer is still scored', async () => {
      await signUp(room.page, room.server.url, `mic-${name}@example.com`)
      await startInterview(room.page, { mode: 'Voice' })
      await readyToAnswer(room.page)
      await room.page.getByRole('button', { name: 'Start answering' }).click()

      const alert = room.page.getByRole('alert')
      await expect.poll(() => alert.textContent()).toMatch(message)
      await room.page.getByLabel('Your answer').waitFor()
      await room.page.screenshot({
        path: `${screenshots}/room-microphone-${name}.png`,
        fullPage: true,
      })

      await answerTyped(room.page, firstAnswer)
      await roomState(room.page, 'feedback')
    })
  },
)
