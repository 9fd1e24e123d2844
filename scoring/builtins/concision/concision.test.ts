import { ScorerTester } from '../../tester.ts'
import cases from './concision.cases.ts'
import scorer from './concision.ts'

new ScorerTester().run(scorer, cases)
