/**
 * The competencies a job description asks for, found locally: each competency's keywords
 * (prisma/seed/competencies.ts) matched as whole words or phrases, case-insensitively, each hit
 * kept as an evidence span, and weighted by its share of the hits (decision 032).
 */
import {
  competencies as taxonomy,
  type CompetencyDefinition,
} from '../../prisma/seed/competencies.ts'
import type { Span } from '../../scoring/index.ts'

export interface ExtractedCompetency {
  competency: string
  /** 0–1; the weights of one job description sum to 1 */
  weight: number
  evidence: Span[]
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function keywordPattern(keyword: string): RegExp {
  // "end-to-end" also matches "end to end"; letters or digits may not touch either side.
  const body = keyword
    .trim()
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu')
}

export function extractCompetencies(
  text: string,
  definitions: readonly CompetencyDefinition[] = taxonomy,
): ExtractedCompetency[] {
  const found: { competency: string; evidence: Span[] }[] = []
  for (const definition of definitions) {
    const spans: Span[] = []
    // Longest keywords first, so that "conflict resolution" claims its text before "conflict".
    const keywords = [...definition.keywords].sort((a, b) => b.length - a.length)
    for (const keyword of keywords) {
      for (const match of text.matchAll(keywordPattern(keyword))) {
        const span = { start: match.index, end: match.index + match[0].length }
        if (!spans.some((s) => span.start < s.end && s.start < span.end)) spans.push(span)
      }
    }
    if (spans.length > 0) {
      found.push({ competency: definition.id, evidence: spans.sort((a, b) => a.start - b.start) })
    }
  }
  const total = found.reduce((sum, entry) => sum + entry.evidence.length, 0)
  return found
    .map((entry) => ({
      ...entry,
      weight: Math.round((entry.evidence.length / total) * 1000) / 1000,
    }))
    .sort((a, b) => b.weight - a.weight || a.competency.localeCompare(b.competency))
}

/** Maps a competency named by an LLM ("Conflict resolution") to the taxonomy's id, when one fits. */
export function matchCompetencyName(
  name: string,
  definitions: readonly CompetencyDefinition[] = taxonomy,
): string | null {
  const wanted = name.trim().toLowerCase()
  for (const d of definitions) {
    if (d.id === wanted.replaceAll(' ', '-') || d.label.toLowerCase() === wanted) return d.id
  }
  for (const d of definitions) {
    if (d.keywords.some((keyword) => keyword === wanted)) return d.id
  }
  const hits = extractCompetencies(name, definitions)
  return hits[0]?.competency ?? null
}
