import { ScorerTester } from '../../tester.ts'
import cases from './relevance.cases.ts'
import scorer from './relevance.ts'

new ScorerTester().run(scorer, cases)
