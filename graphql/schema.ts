import { builder } from './builder.ts'
import './types/errors.ts'
import './types/ApiToken.ts'
import './types/AuthSession.ts'
import './types/MockInterview.ts'
import './types/Viewer.ts'

export const schema = builder.toSchema()
