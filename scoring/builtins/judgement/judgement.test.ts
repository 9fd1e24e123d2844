import { ScorerTester } from '../../tester.ts'
import cases from './judgement.cases.ts'
import scorer from './judgement.ts'

new ScorerTester().run(scorer, cases)
