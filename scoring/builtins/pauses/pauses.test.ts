import { ScorerTester } from '../../tester.ts'
import cases from './pauses.cases.ts'
import scorer from './pauses.ts'

new ScorerTester().run(scorer, cases)
