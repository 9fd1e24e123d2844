-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('BEHAVIOURAL', 'SITUATIONAL', 'TECHNICAL');

-- CreateEnum
CREATE TYPE "QuestionLevel" AS ENUM ('ANY', 'JUNIOR', 'MID', 'SENIOR');

-- CreateEnum
CREATE TYPE "QuestionSource" AS ENUM ('BANK', 'GENERATED');

-- CreateEnum
CREATE TYPE "MockInterviewStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "AttemptStatus" AS ENUM ('AWAITING_TRANSCRIPT', 'QUEUED', 'SCORING', 'SCORED', 'FAILED');

-- CreateEnum
CREATE TYPE "ScoreResultStatus" AS ENUM ('OK', 'FAILED', 'ABSTAINED', 'TIMEOUT');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "last_used_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_descriptions" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "company" TEXT,
    "text" TEXT NOT NULL,
    "competencies" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "job_descriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questions" (
    "id" TEXT NOT NULL,
    "key" TEXT,
    "text" TEXT NOT NULL,
    "competency" TEXT NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "level" "QuestionLevel" NOT NULL DEFAULT 'ANY',
    "follow_ups" TEXT[],
    "source" "QuestionSource" NOT NULL DEFAULT 'BANK',
    "user_id" TEXT,
    "job_description_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mock_interviews" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "job_description_id" TEXT,
    "title" TEXT NOT NULL,
    "status" "MockInterviewStatus" NOT NULL DEFAULT 'PLANNED',
    "plan" JSONB NOT NULL DEFAULT '[]',
    "summary" JSONB,
    "overall_score" DOUBLE PRECISION,
    "scores" JSONB,
    "started_at" TIMESTAMP(3),
    "completed_at" TIMESTAMP(3),
    "abandoned_at" TIMESTAMP(3),
    "last_activity_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mock_interviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mock_interview_exchanges" (
    "id" TEXT NOT NULL,
    "interview_id" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "question_id" TEXT,
    "question_text" TEXT NOT NULL,
    "competency" TEXT NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "follow_up_of_id" TEXT,
    "final_attempt_id" TEXT,
    "asked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mock_interview_exchanges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mock_interview_attempts" (
    "id" TEXT NOT NULL,
    "exchange_id" TEXT NOT NULL,
    "attempt_number" INTEGER NOT NULL,
    "status" "AttemptStatus" NOT NULL DEFAULT 'QUEUED',
    "idempotency_key" TEXT,
    "transcript" TEXT,
    "words" JSONB,
    "audio_ref" TEXT,
    "audio_mime_type" TEXT,
    "duration_ms" INTEGER,
    "content_score" DOUBLE PRECISION,
    "delivery_score" DOUBLE PRECISION,
    "structure_score" DOUBLE PRECISION,
    "overall_score" DOUBLE PRECISION,
    "result" JSONB,
    "feedback" JSONB,
    "rewrite" TEXT,
    "follow_up" JSONB,
    "degraded" BOOLEAN NOT NULL DEFAULT false,
    "degraded_reason" TEXT,
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "scored_at" TIMESTAMP(3),

    CONSTRAINT "mock_interview_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "score_results" (
    "id" TEXT NOT NULL,
    "attempt_id" TEXT NOT NULL,
    "scorer_id" TEXT NOT NULL,
    "scorer_version" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "status" "ScoreResultStatus" NOT NULL,
    "score" DOUBLE PRECISION,
    "label" TEXT,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "feedback" JSONB NOT NULL DEFAULT '[]',
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "metrics" JSONB NOT NULL DEFAULT '{}',
    "suggestions" TEXT[],
    "error" TEXT,
    "duration_ms" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "score_results_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "star_stories" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "competencies" TEXT[],
    "situation" TEXT NOT NULL DEFAULT '',
    "task" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL DEFAULT '',
    "result" TEXT NOT NULL DEFAULT '',
    "polished_answer" TEXT NOT NULL DEFAULT '',
    "coach_notes" TEXT NOT NULL DEFAULT '',
    "source_attempt_id" TEXT,
    "job_description_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "star_stories_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"("token_hash");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_created_at_idx" ON "api_tokens"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "job_descriptions_user_id_created_at_idx" ON "job_descriptions"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "questions_key_key" ON "questions"("key");

-- CreateIndex
CREATE INDEX "questions_competency_kind_idx" ON "questions"("competency", "kind");

-- CreateIndex
CREATE INDEX "questions_user_id_idx" ON "questions"("user_id");

-- CreateIndex
CREATE INDEX "questions_job_description_id_idx" ON "questions"("job_description_id");

-- CreateIndex
CREATE INDEX "mock_interviews_user_id_created_at_idx" ON "mock_interviews"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "mock_interviews_job_description_id_idx" ON "mock_interviews"("job_description_id");

-- CreateIndex
CREATE INDEX "mock_interviews_status_last_activity_at_idx" ON "mock_interviews"("status", "last_activity_at");

-- CreateIndex
CREATE UNIQUE INDEX "mock_interview_exchanges_final_attempt_id_key" ON "mock_interview_exchanges"("final_attempt_id");

-- CreateIndex
CREATE INDEX "mock_interview_exchanges_question_id_idx" ON "mock_interview_exchanges"("question_id");

-- CreateIndex
CREATE INDEX "mock_interview_exchanges_follow_up_of_id_idx" ON "mock_interview_exchanges"("follow_up_of_id");

-- CreateIndex
CREATE UNIQUE INDEX "mock_interview_exchanges_interview_id_order_key" ON "mock_interview_exchanges"("interview_id", "order");

-- CreateIndex
CREATE INDEX "mock_interview_attempts_status_updated_at_idx" ON "mock_interview_attempts"("status", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "mock_interview_attempts_exchange_id_attempt_number_key" ON "mock_interview_attempts"("exchange_id", "attempt_number");

-- CreateIndex
CREATE UNIQUE INDEX "mock_interview_attempts_exchange_id_idempotency_key_key" ON "mock_interview_attempts"("exchange_id", "idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "score_results_attempt_id_scorer_id_key" ON "score_results"("attempt_id", "scorer_id");

-- CreateIndex
CREATE INDEX "star_stories_user_id_updated_at_idx" ON "star_stories"("user_id", "updated_at");

-- CreateIndex
CREATE INDEX "star_stories_source_attempt_id_idx" ON "star_stories"("source_attempt_id");

-- CreateIndex
CREATE INDEX "star_stories_job_description_id_idx" ON "star_stories"("job_description_id");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_descriptions" ADD CONSTRAINT "job_descriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questions" ADD CONSTRAINT "questions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questions" ADD CONSTRAINT "questions_job_description_id_fkey" FOREIGN KEY ("job_description_id") REFERENCES "job_descriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mock_interviews" ADD CONSTRAINT "mock_interviews_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mock_interviews" ADD CONSTRAINT "mock_interviews_job_description_id_fkey" FOREIGN KEY ("job_description_id") REFERENCES "job_descriptions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mock_interview_exchanges" ADD CONSTRAINT "mock_interview_exchanges_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "mock_interviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mock_interview_exchanges" ADD CONSTRAINT "mock_interview_exchanges_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mock_interview_exchanges" ADD CONSTRAINT "mock_interview_exchanges_follow_up_of_id_fkey" FOREIGN KEY ("follow_up_of_id") REFERENCES "mock_interview_exchanges"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mock_interview_exchanges" ADD CONSTRAINT "mock_interview_exchanges_final_attempt_id_fkey" FOREIGN KEY ("final_attempt_id") REFERENCES "mock_interview_attempts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mock_interview_attempts" ADD CONSTRAINT "mock_interview_attempts_exchange_id_fkey" FOREIGN KEY ("exchange_id") REFERENCES "mock_interview_exchanges"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "score_results" ADD CONSTRAINT "score_results_attempt_id_fkey" FOREIGN KEY ("attempt_id") REFERENCES "mock_interview_attempts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "star_stories" ADD CONSTRAINT "star_stories_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "star_stories" ADD CONSTRAINT "star_stories_source_attempt_id_fkey" FOREIGN KEY ("source_attempt_id") REFERENCES "mock_interview_attempts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "star_stories" ADD CONSTRAINT "star_stories_job_description_id_fkey" FOREIGN KEY ("job_description_id") REFERENCES "job_descriptions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
