import { ScorerTester } from '../../tester.ts'
import cases from './pace.cases.ts'
import scorer from './pace.ts'

new ScorerTester().run(scorer, cases)
