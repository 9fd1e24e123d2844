import { ScorerTester } from '../../tester.ts'
import cases from './ownership.cases.ts'
import scorer from './ownership.ts'

new ScorerTester().run(scorer, cases)
