import { ScorerTester } from '../../tester.ts'
import cases from './topic.cases.ts'
import scorer from './topic.ts'

new ScorerTester().run(scorer, cases)
