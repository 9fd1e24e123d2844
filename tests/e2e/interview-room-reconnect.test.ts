import { chromiumIsAvailable } from '../setup/browser.ts'
import { useRoomBrowser } from './room-browser.ts'
import {
  answerTyped,
  firstAnswer,
  roomState,
  screenshots,
  signUp,
  startInterview,
} from './room-steps.ts'

describe.skipIf(!chromiumIsAvailable())(
  'the live connection drops while an answer is scored',
  () => {
    const socket = { dropped: false, refused: 0, opened: 0 }
    const submits: string[] = []

    const room = useRoomBrowser({
      setup: async (page) => {
        page.on('request', (request) => {
          const body = request.postData() ?? ''
          if (
            request.url().endsWith('/graphql') &&
            /RoomSubmitAttempt|RoomRetryExchange/.test(body)
          ) {
            submits.push(body)
          }
        })
        // The network between the page and our own server: the first scorer result to arrive cuts
        // the socket, and the next two reconnections are refused before one gets through.
        await page.routeWebSocket(/\/graphql$/, (route) => {
          if (socket.dropped && socket.refused < 2) {
            socket.refused++
            route.close({ code: 1012, reason: 'network lost' })
            return
          }
          socket.opened++
          const upstream = route.connectToServer()
          upstream.onMessage((message) => {
            if (!socket.dropped && String(message).includes('SCORER_FINISHED')) {
              socket.dropped = true
              route.close({ code: 1012, reason: 'network lost' })
              upstream.close()
              return
            }
            route.send(message)
          })
        })
      },
    })

    test('the room says it is reconnecting, then shows the feedback from what the server has', async () => {
      await signUp(room.page, room.server.url, 'reconnect@example.com')
      await startInterview(room.page, { mode: 'Typing' })
      await answerTyped(room.page, firstAnswer)

      await room.page.getByText('Reconnecting…').waitFor({ timeout: 10_000 })
      await room.page.screenshot({ path: `${screenshots}/room-reconnecting.png`, fullPage: true })
      await roomState(room.page, 'feedback', 20_000)
      expect(socket).toMatchObject({ dropped: true, refused: 2 })
      expect(socket.opened).toBeGreaterThanOrEqual(2)
      expect(Number(await room.page.getByTestId('overall-score').textContent())).toBeGreaterThan(0)

      // nothing was asked twice: one submit, one attempt, one result per scorer
      expect(submits).toHaveLength(1)
      const attempts = await room.database.prisma.mockInterviewAttempt.findMany({
        include: { scoreResults: true },
      })
      expect(attempts).toHaveLength(1)
      const scorerIds = attempts[0]!.scoreResults.map((result) => result.scorerId)
      expect(new Set(scorerIds).size).toBe(scorerIds.length)
    })
  },
)
