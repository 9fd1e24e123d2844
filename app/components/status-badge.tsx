export type InterviewStatus = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'ABANDONED'

const styles: Record<InterviewStatus, { label: string; className: string }> = {
  PLANNED: { label: 'Planned', className: 'bg-sky-50 text-sky-700 ring-sky-200' },
  IN_PROGRESS: { label: 'In progress', className: 'bg-amber-50 text-amber-800 ring-amber-200' },
  COMPLETED: { label: 'Completed', className: 'bg-emerald-50 text-emerald-700 ring-emerald-200' },
  ABANDONED: { label: 'Abandoned', className: 'bg-slate-100 text-slate-600 ring-slate-200' },
}

export function StatusBadge({ status }: { status: InterviewStatus }) {
  const style = styles[status] ?? {
    label: status,
    className: 'bg-slate-100 text-slate-600 ring-slate-200',
  }
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${style.className}`}
    >
      {style.label}
    </span>
  )
}
