/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query LibraryViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.LibraryViewerDocument,
    "\n  query StorySnapshot($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on StarStory {\n        id\n        title\n        competencies\n        situation\n        task\n        action\n        result\n        polishedAnswer\n        coachNotes\n        jobDescription {\n          id\n        }\n        sourceAttempt {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StorySnapshotDocument,
    "\n  mutation DeleteStory($id: ID!) {\n    deleteStarStory(id: $id) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.DeleteStoryDocument,
    "\n  mutation RestoreStory($input: CreateStarStoryInput!) {\n    createStarStory(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RestoreStoryDocument,
    "\n  mutation StartPractice($input: StartMockInterviewInput!) {\n    startMockInterview(input: $input) {\n      __typename\n      ... on MockInterview {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.StartPracticeDocument,
    "\n  query RootViewer {\n    viewer {\n      id\n      email\n      name\n    }\n  }\n": typeof types.RootViewerDocument,
    "\n  query Dashboard($first: Int!) {\n    viewer {\n      id\n      email\n      name\n      interviews(first: $first) {\n        edges {\n          node {\n            id\n            title\n            status\n            createdAt\n            overallScore\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query JobCoverage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on JobDescription {\n        id\n        title\n        company\n        text\n        storyCoverage {\n          competency\n          weight\n          stories\n          bestScore\n          status\n        }\n      }\n    }\n    viewer {\n      id\n      stories(first: 100) {\n        edges {\n          node {\n            id\n            title\n            competencies\n          }\n        }\n      }\n    }\n  }\n": typeof types.JobCoverageDocument,
    "\n  query StoryEditor($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on StarStory {\n        id\n        title\n        competencies\n        situation\n        task\n        action\n        result\n        polishedAnswer\n        coachNotes\n        updatedAt\n        jobDescription {\n          id\n        }\n        sourceAttempt {\n          id\n          attemptNumber\n          transcript\n          overallScore\n          contentScore\n          deliveryScore\n          structureScore\n          exchange {\n            questionText\n            competency\n            interview {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n    viewer {\n      id\n      jobDescriptions(first: 50) {\n        edges {\n          node {\n            id\n            title\n            company\n          }\n        }\n      }\n    }\n  }\n": typeof types.StoryEditorDocument,
    "\n  mutation UpdateStory($input: UpdateStarStoryInput!) {\n    updateStarStory(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n        updatedAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.UpdateStoryDocument,
    "\n  query Library($search: String, $competency: String, $job: ID, $first: Int!) {\n    viewer {\n      id\n      stories(first: $first, search: $search, competency: $competency, jobDescriptionId: $job) {\n        edges {\n          node {\n            id\n            title\n            competencies\n            situation\n            task\n            action\n            result\n            polishedAnswer\n            updatedAt\n            jobDescription {\n              id\n              title\n            }\n            sourceAttempt {\n              id\n              overallScore\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      everyStory: stories(first: 100) {\n        edges {\n          node {\n            id\n            competencies\n            sourceAttempt {\n              id\n            }\n          }\n        }\n      }\n      jobDescriptions(first: 50) {\n        edges {\n          node {\n            id\n            title\n            company\n          }\n        }\n      }\n      interviews(first: 10) {\n        edges {\n          node {\n            id\n            title\n            status\n            exchanges(first: 20) {\n              edges {\n                node {\n                  questionText\n                  competency\n                  finalAttempt {\n                    id\n                    overallScore\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LibraryDocument,
    "\n  mutation CreateBlankStory($input: CreateStarStoryInput!) {\n    createStarStory(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CreateBlankStoryDocument,
    "\n  mutation SaveStoryFromAttempt($input: SaveStarStoryFromAttemptInput!) {\n    saveStarStoryFromAttempt(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SaveStoryFromAttemptDocument,
    "\n  query LibraryExport($job: ID) {\n    viewer {\n      id\n      storiesMarkdown(jobDescriptionId: $job)\n    }\n  }\n": typeof types.LibraryExportDocument,
    "\n  query LibraryPrint($job: ID, $first: Int!) {\n    viewer {\n      id\n      name\n      stories(first: $first, jobDescriptionId: $job) {\n        edges {\n          node {\n            id\n            title\n            competencies\n            situation\n            task\n            action\n            result\n            polishedAnswer\n            coachNotes\n          }\n        }\n      }\n    }\n  }\n": typeof types.LibraryPrintDocument,
    "\n  query LibraryPrintJob($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on JobDescription {\n        title\n        company\n      }\n    }\n  }\n": typeof types.LibraryPrintJobDocument,
    "\n  query LibraryPrintOne($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on StarStory {\n        id\n        title\n        competencies\n        situation\n        task\n        action\n        result\n        polishedAnswer\n        coachNotes\n      }\n    }\n  }\n": typeof types.LibraryPrintOneDocument,
    "\n  query Progress($first: Int!) {\n    viewer {\n      id\n      interviews(first: $first) {\n        edges {\n          node {\n            id\n            title\n            status\n            createdAt\n            completedAt\n            summary {\n              overall\n              answered\n              dimensions {\n                content\n                delivery\n                structure\n              }\n              delivery {\n                meanWpm\n                fillersPerMinute\n                fillersPer100Words\n              }\n              competencies {\n                competency\n                score\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ProgressDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query SignedInViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.SignedInViewerDocument,
};
const documents: Documents = {
    "\n  query LibraryViewer {\n    viewer {\n      id\n    }\n  }\n": types.LibraryViewerDocument,
    "\n  query StorySnapshot($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on StarStory {\n        id\n        title\n        competencies\n        situation\n        task\n        action\n        result\n        polishedAnswer\n        coachNotes\n        jobDescription {\n          id\n        }\n        sourceAttempt {\n          id\n        }\n      }\n    }\n  }\n": types.StorySnapshotDocument,
    "\n  mutation DeleteStory($id: ID!) {\n    deleteStarStory(id: $id) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.DeleteStoryDocument,
    "\n  mutation RestoreStory($input: CreateStarStoryInput!) {\n    createStarStory(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.RestoreStoryDocument,
    "\n  mutation StartPractice($input: StartMockInterviewInput!) {\n    startMockInterview(input: $input) {\n      __typename\n      ... on MockInterview {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.StartPracticeDocument,
    "\n  query RootViewer {\n    viewer {\n      id\n      email\n      name\n    }\n  }\n": types.RootViewerDocument,
    "\n  query Dashboard($first: Int!) {\n    viewer {\n      id\n      email\n      name\n      interviews(first: $first) {\n        edges {\n          node {\n            id\n            title\n            status\n            createdAt\n            overallScore\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query JobCoverage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on JobDescription {\n        id\n        title\n        company\n        text\n        storyCoverage {\n          competency\n          weight\n          stories\n          bestScore\n          status\n        }\n      }\n    }\n    viewer {\n      id\n      stories(first: 100) {\n        edges {\n          node {\n            id\n            title\n            competencies\n          }\n        }\n      }\n    }\n  }\n": types.JobCoverageDocument,
    "\n  query StoryEditor($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on StarStory {\n        id\n        title\n        competencies\n        situation\n        task\n        action\n        result\n        polishedAnswer\n        coachNotes\n        updatedAt\n        jobDescription {\n          id\n        }\n        sourceAttempt {\n          id\n          attemptNumber\n          transcript\n          overallScore\n          contentScore\n          deliveryScore\n          structureScore\n          exchange {\n            questionText\n            competency\n            interview {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n    viewer {\n      id\n      jobDescriptions(first: 50) {\n        edges {\n          node {\n            id\n            title\n            company\n          }\n        }\n      }\n    }\n  }\n": types.StoryEditorDocument,
    "\n  mutation UpdateStory($input: UpdateStarStoryInput!) {\n    updateStarStory(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n        updatedAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.UpdateStoryDocument,
    "\n  query Library($search: String, $competency: String, $job: ID, $first: Int!) {\n    viewer {\n      id\n      stories(first: $first, search: $search, competency: $competency, jobDescriptionId: $job) {\n        edges {\n          node {\n            id\n            title\n            competencies\n            situation\n            task\n            action\n            result\n            polishedAnswer\n            updatedAt\n            jobDescription {\n              id\n              title\n            }\n            sourceAttempt {\n              id\n              overallScore\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      everyStory: stories(first: 100) {\n        edges {\n          node {\n            id\n            competencies\n            sourceAttempt {\n              id\n            }\n          }\n        }\n      }\n      jobDescriptions(first: 50) {\n        edges {\n          node {\n            id\n            title\n            company\n          }\n        }\n      }\n      interviews(first: 10) {\n        edges {\n          node {\n            id\n            title\n            status\n            exchanges(first: 20) {\n              edges {\n                node {\n                  questionText\n                  competency\n                  finalAttempt {\n                    id\n                    overallScore\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LibraryDocument,
    "\n  mutation CreateBlankStory($input: CreateStarStoryInput!) {\n    createStarStory(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.CreateBlankStoryDocument,
    "\n  mutation SaveStoryFromAttempt($input: SaveStarStoryFromAttemptInput!) {\n    saveStarStoryFromAttempt(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.SaveStoryFromAttemptDocument,
    "\n  query LibraryExport($job: ID) {\n    viewer {\n      id\n      storiesMarkdown(jobDescriptionId: $job)\n    }\n  }\n": types.LibraryExportDocument,
    "\n  query LibraryPrint($job: ID, $first: Int!) {\n    viewer {\n      id\n      name\n      stories(first: $first, jobDescriptionId: $job) {\n        edges {\n          node {\n            id\n            title\n            competencies\n            situation\n            task\n            action\n            result\n            polishedAnswer\n            coachNotes\n          }\n        }\n      }\n    }\n  }\n": types.LibraryPrintDocument,
    "\n  query LibraryPrintJob($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on JobDescription {\n        title\n        company\n      }\n    }\n  }\n": types.LibraryPrintJobDocument,
    "\n  query LibraryPrintOne($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on StarStory {\n        id\n        title\n        competencies\n        situation\n        task\n        action\n        result\n        polishedAnswer\n        coachNotes\n      }\n    }\n  }\n": types.LibraryPrintOneDocument,
    "\n  query Progress($first: Int!) {\n    viewer {\n      id\n      interviews(first: $first) {\n        edges {\n          node {\n            id\n            title\n            status\n            createdAt\n            completedAt\n            summary {\n              overall\n              answered\n              dimensions {\n                content\n                delivery\n                structure\n              }\n              delivery {\n                meanWpm\n                fillersPerMinute\n                fillersPer100Words\n              }\n              competencies {\n                competency\n                score\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ProgressDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query SignedInViewer {\n    viewer {\n      id\n    }\n  }\n": types.SignedInViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryViewer {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql').LibraryViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorySnapshot($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on StarStory {\n        id\n        title\n        competencies\n        situation\n        task\n        action\n        result\n        polishedAnswer\n        coachNotes\n        jobDescription {\n          id\n        }\n        sourceAttempt {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StorySnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStory($id: ID!) {\n    deleteStarStory(id: $id) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreStory($input: CreateStarStoryInput!) {\n    createStarStory(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RestoreStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPractice($input: StartMockInterviewInput!) {\n    startMockInterview(input: $input) {\n      __typename\n      ... on MockInterview {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').StartPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootViewer {\n    viewer {\n      id\n      email\n      name\n    }\n  }\n"): typeof import('./graphql').RootViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($first: Int!) {\n    viewer {\n      id\n      email\n      name\n      interviews(first: $first) {\n        edges {\n          node {\n            id\n            title\n            status\n            createdAt\n            overallScore\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobCoverage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on JobDescription {\n        id\n        title\n        company\n        text\n        storyCoverage {\n          competency\n          weight\n          stories\n          bestScore\n          status\n        }\n      }\n    }\n    viewer {\n      id\n      stories(first: 100) {\n        edges {\n          node {\n            id\n            title\n            competencies\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JobCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryEditor($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on StarStory {\n        id\n        title\n        competencies\n        situation\n        task\n        action\n        result\n        polishedAnswer\n        coachNotes\n        updatedAt\n        jobDescription {\n          id\n        }\n        sourceAttempt {\n          id\n          attemptNumber\n          transcript\n          overallScore\n          contentScore\n          deliveryScore\n          structureScore\n          exchange {\n            questionText\n            competency\n            interview {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n    viewer {\n      id\n      jobDescriptions(first: 50) {\n        edges {\n          node {\n            id\n            title\n            company\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StoryEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStory($input: UpdateStarStoryInput!) {\n    updateStarStory(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n        updatedAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Library($search: String, $competency: String, $job: ID, $first: Int!) {\n    viewer {\n      id\n      stories(first: $first, search: $search, competency: $competency, jobDescriptionId: $job) {\n        edges {\n          node {\n            id\n            title\n            competencies\n            situation\n            task\n            action\n            result\n            polishedAnswer\n            updatedAt\n            jobDescription {\n              id\n              title\n            }\n            sourceAttempt {\n              id\n              overallScore\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      everyStory: stories(first: 100) {\n        edges {\n          node {\n            id\n            competencies\n            sourceAttempt {\n              id\n            }\n          }\n        }\n      }\n      jobDescriptions(first: 50) {\n        edges {\n          node {\n            id\n            title\n            company\n          }\n        }\n      }\n      interviews(first: 10) {\n        edges {\n          node {\n            id\n            title\n            status\n            exchanges(first: 20) {\n              edges {\n                node {\n                  questionText\n                  competency\n                  finalAttempt {\n                    id\n                    overallScore\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBlankStory($input: CreateStarStoryInput!) {\n    createStarStory(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateBlankStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveStoryFromAttempt($input: SaveStarStoryFromAttemptInput!) {\n    saveStarStoryFromAttempt(input: $input) {\n      __typename\n      ... on StarStory {\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SaveStoryFromAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryExport($job: ID) {\n    viewer {\n      id\n      storiesMarkdown(jobDescriptionId: $job)\n    }\n  }\n"): typeof import('./graphql').LibraryExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryPrint($job: ID, $first: Int!) {\n    viewer {\n      id\n      name\n      stories(first: $first, jobDescriptionId: $job) {\n        edges {\n          node {\n            id\n            title\n            competencies\n            situation\n            task\n            action\n            result\n            polishedAnswer\n            coachNotes\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryPrintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryPrintJob($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on JobDescription {\n        title\n        company\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryPrintJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryPrintOne($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on StarStory {\n        id\n        title\n        competencies\n        situation\n        task\n        action\n        result\n        polishedAnswer\n        coachNotes\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryPrintOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Progress($first: Int!) {\n    viewer {\n      id\n      interviews(first: $first) {\n        edges {\n          node {\n            id\n            title\n            status\n            createdAt\n            completedAt\n            summary {\n              overall\n              answered\n              dimensions {\n                content\n                delivery\n                structure\n              }\n              delivery {\n                meanWpm\n                fillersPerMinute\n                fillersPer100Words\n              }\n              competencies {\n                competency\n                score\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInViewer {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql').SignedInViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
