import { useCallback, useEffect, useRef, useState } from 'react'
import { CheckCircleOutlined, FileOutlined, QuestionCircleOutlined, SaveOutlined, StarOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Skeleton, Space, Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import { VOUCHER_STATUS_LABELS, type VOUCHER_WORDS } from '../../../../../electron/shared/ledger-terms'
import { call } from '../../../api/client'
import { LoadError } from '../../../components/LoadError'
import { useCall } from '../../../hooks/useCall'
import { watchEscape } from '../../../hooks/useEscapeToClose'
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
import { rememberAux } from './usualAux'
import { ShortcutHelp, overlayOpen, typingIn, type Shortcut } from '../../../components/ShortcutHelp'

/** The keys of 凭证录入 (shown by F1 or ?), as clerks know them from 用友/金蝶. */
export const ENTRY_SHORTCUTS: Shortcut[] = [
  { keys: 'F5', action: '新增凭证（有未保存的修改时先确认）' },
  { keys: 'F6 / Ctrl+S', action: '保存' },
  { keys: 'Shift+F6 / Ctrl+Shift+S', action: '保存并新增' },
  { keys: 'Enter', action: '下一栏；行末换到下一行并带出摘要' },
  { keys: 'F2', action: '在科目栏打开科目参照列表' },
  { keys: '=', action: '金额栏：填入使借贷平衡的金额' },
  { keys: '空格', action: '金额栏：借方 ⇄ 贷方' },
  { keys: '.. 或 //', action: '摘要栏：复制上一行摘要' },
  { keys: 'Esc', action: '放弃本张（修改中：返回凭证管理），有未保存的修改时先确认' },
  { keys: 'F1 或 ?', action: '显示本帮助' },
]

type VoucherWord = (typeof VOUCHER_WORDS)[number]

interface Props {
  /** A draft opened from 凭证管理 for 修改; without it a new voucher is entered. */
  voucherId?: number
  /** Ctrl+S only saves while this tab is the one shown. */
  active: boolean
  /** Back to the list after a draft was changed, or when 修改 is abandoned. */
  onLeaveEdit: () => void
  /** To a new voucher from a draft being changed (保存并新增, F5). */
  onStartNew: () => void
}

/** 凭证录入: keyboard-first entry of a voucher (new, or a draft being changed). */
export function VoucherEntryPage({ voucherId, active, onLeaveEdit, onStartNew }: Props) {
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
  const [helpOpen, setHelpOpen] = useState(false)
  // Unsaved changes since the voucher was opened, started or saved: F5 and Esc ask before dropping them.
  const dirty = useRef(false)
  const { modal } = App.useApp()

  const { replace, focus } = editor
  const startNew = useCallback(() => {
    dirty.current = false
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
        dirty.current = false
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
    // After the tab bar has finished handling the click that opened this tab (it focuses its own button
    // once the new tab is drawn, a frame or two later on a slow machine).
    const timer = setTimeout(() => editor.focus(editor.lines[0].key, 'summary'), 60)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus once per opening, not on every edit
  }, [active, ready, voucherId])

  const save = async (andNew = false) => {
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
      rememberAux(lines)
      if (editing) {
        await call('vouchers.update', { id: editing.id, ...body })
        message.success(`凭证 ${editing.label} 的修改已保存`)
        dirty.current = false
        if (andNew) onStartNew()
        else onLeaveEdit()
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

  /** Runs `then` at once, or after a confirm when there are unsaved changes. */
  const unlessDirty = (title: string, then: () => void) => {
    if (!dirty.current) return then()
    modal.confirm({ title, content: '本张凭证有未保存的修改，放弃后不能恢复。', okText: '放弃修改', cancelText: '继续录入', okButtonProps: { danger: true }, onOk: then })
  }
  const leave = () => unlessDirty(editing ? '放弃对本张凭证的修改？' : '放弃本张凭证？', editing ? onLeaveEdit : startNew)

  const fresh = () => unlessDirty('新增凭证？', editing ? onStartNew : startNew)
  const keysRef = useRef({ save, leave, startNew: fresh })
  keysRef.current = { save, leave, startNew: fresh }
  useEffect(() => {
    if (!active) return
    const escape = watchEscape(overlayOpen)
    const onKey = (e: KeyboardEvent) => {
      const k = keysRef.current
      const ctrlS = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's'
      if (ctrlS || e.key === 'F6') {
        e.preventDefault()
        void k.save(e.shiftKey)
      } else if (e.key === 'F5') {
        e.preventDefault()
        k.startNew()
      } else if (e.key === 'F1' || (e.key === '?' && !typingIn(e))) {
        e.preventDefault()
        setHelpOpen(true)
      } else if (e.key === 'Escape' && !e.defaultPrevented && !escape.overlayWasShown()) {
        k.leave()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      escape.stop()
      window.removeEventListener('keydown', onKey)
    }
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
        <Tooltip title="F6 或 Ctrl+S">
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
            保存
          </Button>
        </Tooltip>
        <Tooltip title="Shift+F6 或 Ctrl+Shift+S">
          <Button loading={saving} onClick={() => void save(true)}>
            保存并新增
          </Button>
        </Tooltip>
        {editing ? (
          <Button onClick={onLeaveEdit}>取消修改</Button>
        ) : (
          <Tooltip title="F5">
            <Button icon={<FileOutlined />} onClick={() => keysRef.current.startNew()}>
              新凭证
            </Button>
          </Tooltip>
        )}
        <Button icon={<QuestionCircleOutlined />} onClick={() => setHelpOpen(true)}>
          快捷键 (F1)
        </Button>
        <TemplateMenu templates={templates.data ?? []} onPick={fillTemplate} />
        <Button icon={<StarOutlined />} disabled={!filled.length} onClick={() => setTemplateOpen(true)}>
          保存为常用凭证
        </Button>
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
          onChange={(patch) => {
            dirty.current = true
            setHeader((h) => ({ ...h, ...patch }))
          }}
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
            dirty.current = true
            editor.change(index, patch)
          }}
          onEnter={editor.enter}
          onEquals={editor.equals}
          onSpace={editor.switchSide}
          onRemove={editor.remove}
          onAdd={() => editor.insert(editor.lines.length)}
        />
        <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Enter 下一栏（行末带出摘要）· = 配平 · 空格 借⇄贷 · .. 复制上行摘要 · F2 科目参照 · F6/Ctrl+S 保存 · F5 新增 · F1 全部快捷键
          </Typography.Text>
          <Typography.Text>制单：{user.displayName}</Typography.Text>
        </div>
      </Card>
      <ShortcutHelp title="凭证录入" shortcuts={ENTRY_SHORTCUTS} open={helpOpen} onClose={() => setHelpOpen(false)} />
      <SaveTemplateModal open={templateOpen} onClose={() => setTemplateOpen(false)} ledgerId={ledger.id} word={header.word} lines={filled} onSaved={templates.reload} />
    </>
  )
}
