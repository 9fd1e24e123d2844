import { ScorerTester } from '../../tester.ts'
import cases from './follow-up.cases.ts'
import scorer from './follow-up.ts'

new ScorerTester().run(scorer, cases)
