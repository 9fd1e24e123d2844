import { ScorerTester } from '../../tester.ts'
import cases from './fillers.cases.ts'
import scorer from './fillers.ts'

new ScorerTester().run(scorer, cases)
