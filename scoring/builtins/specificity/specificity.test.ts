import { ScorerTester } from '../../tester.ts'
import cases from './specificity.cases.ts'
import scorer from './specificity.ts'

new ScorerTester().run(scorer, cases)
