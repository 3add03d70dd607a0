import { useCallback, useEffect, useRef, useState } from 'react'
import { CheckCircleOutlined, FileOutlined, SaveOutlined, StarOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Skeleton, Space, Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import { VOUCHER_STATUS_LABELS, type VOUCHER_WORDS } from '../../../../../electron/shared/ledger-terms'
import { call } from '../../../api/client'
import { LoadError } from '../../../components/LoadError'
import { useCall } from '../../../hooks/useCall'
import { useSession } from '../../../session'
import { defaultVoucherDate, isClosedDate } from '../dates'
import { useCurrentLedger } from '../LedgerContext'
import { useChart } from '../useChart'
import { cellErrorsOf, preCheck, type CellErrors } from './cellErrors'
import { fromStored, fromView, isBlank, toLineInput, totalsOf, blankLines } from './draft'
import { EntryHeader, freshHeader, type HeaderValues } from './EntryHeader'
import { SaveTemplateModal, TemplateMenu, type Template } from './Templates'
import { useVoucherLines } from './useVoucherLines'
import { VoucherGrid } from './VoucherGrid'

type VoucherWord = (typeof VOUCHER_WORDS)[number]

interface Props {
  /** A draft opened from 凭证管理 for 修改; without it a new voucher is entered. */
  voucherId?: number
  /** Ctrl+S only saves while this tab is the one shown. */
  active: boolean
  /** Back to the list after a draft was changed, or when 修改 is abandoned. */
  onLeaveEdit: () => void
}

/** 凭证录入: keyboard-first entry of a voucher (new, or a draft being changed). */
export function VoucherEntryPage({ voucherId, active, onLeaveEdit }: Props) {
  const ledger = useCurrentLedger()
  const { user } = useSession()
  const { message } = App.useApp()
  const { chart, error: chartError, reload: reloadChart, data: accounts } = useChart(ledger.id)
  const projects = useCall('projects.list', { ledgerId: ledger.id })
  const templates = useCall('templates.list', { ledgerId: ledger.id })
  const accountOf = useCallback((id: number | null) => (id === null ? undefined : chart.byId.get(id)), [chart])
  const editor = useVoucherLines(accountOf)
  const [header, setHeader] = useState<HeaderValues>(() => freshHeader(ledger))
  const [editing, setEditing] = useState<{ id: number; label: string } | null>(null)
  const [errors, setErrors] = useState<CellErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [lastSaved, setLastSaved] = useState<string | null>(null)
  const [templateOpen, setTemplateOpen] = useState(false)

  const { replace, focus } = editor
  const startNew = useCallback(() => {
    setEditing(null)
    setErrors({})
    setProblem(null)
    // The date and 凭证字 stay: the next voucher is usually of the same day and kind.
    setHeader((h) => ({ ...h, attachments: 0 }))
    const fresh = blankLines()
    replace(fresh)
    focus(fresh[0].key, 'summary')
  }, [replace, focus])

  // Coming back to this tab picks up accounts, projects and templates added meanwhile.
  const { reload: reloadProjects } = projects
  const { reload: reloadTemplates } = templates
  useEffect(() => {
    if (!active) return
    reloadChart()
    reloadProjects()
    reloadTemplates()
  }, [active, reloadChart, reloadProjects, reloadTemplates])

  // After a month is closed, a date left in it moves into the new current month.
  useEffect(() => {
    setHeader((h) => (isClosedDate(ledger, dayjs(h.date)) ? { ...h, date: defaultVoucherDate(ledger) } : h))
  }, [ledger])

  // Open the draft named in the address (修改 in 凭证管理), or go back to a new voucher.
  useEffect(() => {
    if (!voucherId) {
      if (editing) startNew()
      return
    }
    call('vouchers.get', { id: voucherId })
      .then((v) => {
        if (v.status !== 'draft') return setProblem(`凭证 ${v.label} ${VOUCHER_STATUS_LABELS[v.status]}，只有草稿可以修改`)
        setEditing({ id: v.id, label: v.label })
        setHeader({ word: v.word, date: v.date, attachments: v.attachments })
        setErrors({})
        setProblem(null)
        editor.replace(fromView(v))
      })
      .catch((e: Error) => setProblem(e.message))
    // Only a different voucher reloads the form; the editor object is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [voucherId])

  // Opening the tab puts the cursor on the first line, ready to type.
  const ready = Boolean(accounts)
  useEffect(() => {
    if (!active || !ready) return
    // After the tab bar has finished handling the click that opened this tab.
    const timer = setTimeout(() => editor.focus(editor.lines[0].key, 'summary'), 0)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus once per opening, not on every edit
  }, [active, ready, voucherId])

  const save = async () => {
    if (saving) return
    const lines = editor.lines.filter((l) => !isBlank(l))
    const early = preCheck(lines, totalsOf(lines).invalid)
    // The rows are compacted first, so “第 N 行” in a message is the N-th row on screen.
    editor.replace(lines)
    if (early) {
      setErrors(early.errors)
      return setProblem(early.message)
    }
    const body = { ...header, word: header.word as VoucherWord, lines: lines.map(toLineInput) }
    setSaving(true)
    try {
      if (editing) {
        await call('vouchers.update', { id: editing.id, ...body })
        message.success(`凭证 ${editing.label} 的修改已保存`)
        onLeaveEdit()
      } else {
        const saved = await call('vouchers.create', { ledgerId: ledger.id, ...body })
        message.success(`凭证 ${saved.label} 已保存`)
        setLastSaved(saved.label)
        startNew()
      }
    } catch (e) {
      setErrors(cellErrorsOf(e, lines))
      setProblem((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const saveRef = useRef(save)
  saveRef.current = save
  useEffect(() => {
    if (!active) return
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void saveRef.current()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [active])

  const fillTemplate = (t: Template) => {
    setHeader((h) => ({ ...h, word: ledger.voucherWords.includes(t.word) ? t.word : h.word }))
    const lines = fromStored(t.lines)
    editor.replace(lines)
    setErrors({})
    setProblem(null)
    if (lines[0]) editor.focus(lines[0].key, lines[0].accountId ? 'debit' : 'account')
  }

  if (chartError) return <LoadError error={chartError} onRetry={reloadChart} />
  if (!accounts) return <Skeleton active paragraph={{ rows: 8 }} />

  const projectOptions = (projects.data ?? []).filter((p) => p.enabled).map((p) => ({ value: p.id, label: `${p.code} ${p.name}`, search: `${p.code} ${p.name}`.toUpperCase() }))
  const filled = editor.lines.filter((l) => !isBlank(l))

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tooltip title="Ctrl+S">
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>保存</Button>
        </Tooltip>
        {editing ? (
          <Button onClick={onLeaveEdit}>取消修改</Button>
        ) : (
          <Button icon={<FileOutlined />} onClick={() => startNew()}>新凭证</Button>
        )}
        <TemplateMenu templates={templates.data ?? []} onPick={fillTemplate} />
        <Button icon={<StarOutlined />} disabled={!filled.length} onClick={() => setTemplateOpen(true)}>保存为常用凭证</Button>
        {lastSaved && !editing && (
          <Typography.Text type="success" role="status">
            <CheckCircleOutlined /> 已保存凭证 {lastSaved}，请继续录入下一张
          </Typography.Text>
        )}
      </Space>
      {problem && <Alert type="error" showIcon title={problem} closable={{ onClose: () => setProblem(null) }} style={{ marginBottom: 12 }} />}
      <Card size="small" styles={{ body: { padding: 16 } }}>
        <EntryHeader
          ledger={ledger}
          value={header}
          label={editing?.label ?? null}
          onChange={(patch) => setHeader((h) => ({ ...h, ...patch }))}
          onDone={() => editor.focus(editor.lines[0].key, 'summary')}
        />
        <VoucherGrid
          lines={editor.lines}
          accountOf={accountOf}
          accountOptions={chart.leafOptions}
          projects={projectOptions}
          errors={errors}
          register={editor.register}
          onChange={(index, patch) => {
            const key = editor.lines[index].key
            if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest)
            editor.change(index, patch)
          }}
          onEnter={editor.enter}
          onEquals={editor.equals}
          onRemove={editor.remove}
          onAdd={() => editor.insert(editor.lines.length)}
        />
        <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Enter 下一栏（行末自动换行并带出摘要）· 金额栏输入 = 自动配平 · 科目可输入编码、名称或助记码 · Ctrl+S 保存
          </Typography.Text>
          <Typography.Text>制单：{user.displayName}</Typography.Text>
        </div>
      </Card>
      <SaveTemplateModal
        open={templateOpen}
        onClose={() => setTemplateOpen(false)}
        ledgerId={ledger.id}
        word={header.word}
        lines={filled}
        onSaved={templates.reload}
      />
    </>
  )
}
