import { ScorerTester } from '../../scoring/index.ts'
import cases from './numbers.cases.ts'
import numbers from './numbers.ts'

new ScorerTester().run(numbers, cases)
