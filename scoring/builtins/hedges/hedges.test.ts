import { ScorerTester } from '../../tester.ts'
import cases from './hedges.cases.ts'
import scorer from './hedges.ts'

new ScorerTester().run(scorer, cases)
