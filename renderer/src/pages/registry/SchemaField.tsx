import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd'
import dayjs from 'dayjs'
import type { z } from 'zod'
import { formatFen, parseYuanToFen } from '../../../../electron/shared/money'
import { basisPointsOfPercent, percentOfBasisPoints } from '../../../../electron/shared/rate'
import { moneyRulesFor, rulesFor, titleOf } from '../../forms'

/**
 * How one contract field is edited. The label, the required flag and the checks all come from the
 * contract's schema, so every registry form (unions, enterprises, the nine record kinds, settings)
 * is described by a list of `{ name, kind }` and nothing else.
 */
export type FieldKind =
  | { name: string; kind: 'text' | 'textarea' | 'date' | 'int' | 'percent' | 'switch' | 'yesno' | 'fen' | 'milestones'; extra?: string }
  | { name: string; kind: 'enum' | 'multi'; labels: Record<string, string>; extra?: string }
  | { name: string; kind: 'select'; options: { value: number; label: string }[]; extra?: string }

export type Shape = Record<string, z.ZodType>

const DATE = 'YYYY-MM-DD'

/** A DatePicker holding the contract's "YYYY-MM-DD" string (or null) rather than a dayjs object. */
function DateInput({ value, onChange, id, placeholder }: { value?: string | null; onChange?: (v: string | null) => void; id?: string; placeholder?: string }) {
  return <DatePicker id={id} placeholder={placeholder} style={{ width: '100%' }} value={value ? dayjs(value) : null} onChange={(d) => onChange?.(d ? d.format(DATE) : null)} />
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))

export function SchemaField({ shape, field }: { shape: Shape; field: FieldKind }) {
  const schema = shape[field.name]
  const label = titleOf(schema)
  // A field the schema can do without (it has a default) may stay blank in the form.
  const optional = schema.safeParse(undefined).success
  const select = ['enum', 'multi', 'select', 'yesno', 'date'].includes(field.kind)
  const rules = field.kind === 'switch' ? undefined : field.kind === 'fen' ? moneyRulesFor(schema, { optional }) : rulesFor(schema, { optional, select })
  const common = { name: field.name, label, rules, extra: field.extra }
  switch (field.kind) {
    case 'switch':
      return (
        <Form.Item {...common} valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
      )
    case 'yesno':
      return (
        <Form.Item {...common}>
          <Select
            allowClear
            options={[
              { value: true, label: '有' },
              { value: false, label: '无' },
            ]}
          />
        </Form.Item>
      )
    case 'date':
      return (
        <Form.Item {...common}>
          <DateInput />
        </Form.Item>
      )
    case 'int':
      return (
        <Form.Item {...common}>
          <InputNumber style={{ width: '100%' }} precision={0} />
        </Form.Item>
      )
    case 'percent':
      // Stored in basis points (8500), typed and shown as a percentage (85).
      return (
        <Form.Item
          {...common}
          label={`${label}（%）`}
          getValueProps={(bp?: number | null) => ({ value: typeof bp === 'number' ? percentOfBasisPoints(bp) : bp })}
          normalize={(percent?: number | null) => (typeof percent === 'number' ? basisPointsOfPercent(percent) : percent)}
        >
          <InputNumber style={{ width: '100%' }} min={0} max={100} precision={2} suffix="%" />
        </Form.Item>
      )
    case 'enum':
      return (
        <Form.Item {...common}>
          <Select allowClear={optional} options={options(field.labels)} />
        </Form.Item>
      )
    case 'multi':
      return (
        <Form.Item {...common}>
          <Checkbox.Group options={options(field.labels)} />
        </Form.Item>
      )
    case 'select':
      return (
        <Form.Item {...common}>
          <Select allowClear={optional} showSearch optionFilterProp="label" options={field.options} />
        </Form.Item>
      )
    case 'textarea':
      return (
        <Form.Item {...common}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      )
    case 'milestones':
      return (
        <Form.Item label={label} extra={field.extra}>
          <MilestonesInput name={field.name} />
        </Form.Item>
      )
    default:
      return (
        <Form.Item {...common}>
          <Input autoComplete="off" />
        </Form.Item>
      )
  }
}

/** A plan's 工作节点: one row per milestone, with its planned and (once done) actual date. */
function MilestonesInput({ name }: { name: string }) {
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <>
          {rows.map((row) => (
            <Space key={row.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item name={[row.name, 'title']} rules={[{ required: true, message: '请输入节点内容' }]}>
                <Input placeholder="工作节点" aria-label="工作节点" style={{ width: 260 }} />
              </Form.Item>
              <Form.Item name={[row.name, 'dueOn']} rules={[{ required: true, message: '请选择计划完成日期' }]}>
                <DateInput placeholder="计划完成日期" />
              </Form.Item>
              <Form.Item name={[row.name, 'doneOn']}>
                <DateInput placeholder="实际完成日期" />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} aria-label="删除该节点" onClick={() => remove(row.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ doneOn: null })}>
            添加工作节点
          </Button>
        </>
      )}
    </Form.List>
  )
}

/** A long form in two columns; wide fields (notes, check boxes) take a whole row. */
export function FieldGrid({ shape, fields }: { shape: Shape; fields: FieldKind[] }) {
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col key={f.name} span={['textarea', 'multi', 'milestones'].includes(f.kind) ? 24 : 12}>
          <SchemaField shape={shape} field={f} />
        </Col>
      ))}
    </Row>
  )
}

/** A stored record as form values: only the fields the form edits, money shown in 元. */
export function toFormValues(record: object, fields: FieldKind[]): Record<string, unknown> {
  const source = record as Record<string, unknown>
  return Object.fromEntries(
    fields.map((f) => {
      const v = source[f.name]
      return [f.name, f.kind === 'fen' && typeof v === 'number' ? formatFen(v, { thousands: false }) : v]
    }),
  )
}

/**
 * Form values as the save method's input: a blank becomes null where the schema allows it (so a
 * cleared field is cleared) and is left out otherwise (the schema's default applies); 元 → 分.
 */
export function toInput(values: Record<string, unknown>, fields: FieldKind[], shape: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values }
  for (const f of fields) {
    const v = out[f.name]
    if (v === '' || v === undefined || v === null) {
      if (shape[f.name].safeParse(null).success) out[f.name] = null
      else delete out[f.name]
    } else if (f.kind === 'fen' && typeof v === 'string') out[f.name] = parseYuanToFen(v)
  }
  return out
}
