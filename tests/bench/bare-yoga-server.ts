// The bare Yoga baseline (./bare-yoga.ts) in a process of its own, as the real server runs: the
// bench's clients must not share its thread. Prints "listening <url>"; stops on SIGTERM.
import { startBareYoga } from './bare-yoga.ts'

const bare = await startBareYoga()
console.log(`listening ${bare.url}`)
process.on('SIGTERM', () => void bare.close().then(() => process.exit(0)))
