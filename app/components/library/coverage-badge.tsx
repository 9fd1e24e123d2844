export type CoverageStatus = 'COVERED' | 'WEAK' | 'MISSING'

const styles: Record<CoverageStatus, { label: string; className: string; icon: string }> = {
  COVERED: {
    label: 'Covered',
    icon: '✓',
    className: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  },
  WEAK: { label: 'Weak', icon: '!', className: 'bg-amber-50 text-amber-900 ring-amber-300' },
  MISSING: { label: 'Missing', icon: '✕', className: 'bg-rose-50 text-rose-800 ring-rose-200' },
}

/** A status in words and a symbol, never by colour alone. */
export function CoverageBadge({ status }: { status: CoverageStatus }) {
  const style = styles[status]
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}`}
    >
      <span aria-hidden="true">{style.icon}</span>
      {style.label}
    </span>
  )
}
