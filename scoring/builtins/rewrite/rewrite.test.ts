import { ScorerTester } from '../../tester.ts'
import cases from './rewrite.cases.ts'
import scorer from './rewrite.ts'

new ScorerTester().run(scorer, cases)
