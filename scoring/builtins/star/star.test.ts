import { ScorerTester } from '../../tester.ts'
import cases from './star.cases.ts'
import star from './star.ts'

new ScorerTester().run(star, cases)
