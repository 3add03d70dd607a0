import { useState } from 'react'
import { Alert, App, Button, Form, Skeleton } from 'antd'
import { contract, type MethodInput } from '../../../../electron/shared/contract'
import { call } from '../../api/client'
import { ErrorSummary } from '../../components/FormErrors'
import { LoadError } from '../../components/LoadError'
import { useSubmit } from '../../forms'
import { useCall } from '../../hooks/useCall'
import { useRegistryWriter } from './common'
import { FieldGrid, type FieldKind, type Shape } from './SchemaField'

type Thresholds = MethodInput<'registry.saveSettings'>
const shape = contract['registry.saveSettings'].input.shape as unknown as Shape
// Every threshold is a whole number but the rate target, typed as a percentage; labels and bounds come from the contract.
const fields: FieldKind[] = Object.keys(shape).map((name) => ({ name, kind: name === 'targetBasisPoints' ? 'percent' : 'int' }))

/** 设置: the guidance's numbers the scorecard checks against; only the 系统管理员 changes them. */
export function SettingsPage() {
  const writer = useRegistryWriter()
  const { message } = App.useApp()
  const settings = useCall('registry.settings')
  const [form] = Form.useForm<Thresholds>()
  // The error summary is drawn from the form's state: re-render when a field's errors change.
  const [, setFieldsChanged] = useState(0)
  const { submit, submitting, error } = useSubmit(form, async (values) => {
    await call('registry.saveSettings', values)
    message.success('检查标准已保存')
    settings.reload()
  })

  if (settings.error) return <LoadError error={settings.error} onRetry={settings.reload} />
  if (!settings.data) return <Skeleton active />
  return (
    <div style={{ maxWidth: 760 }}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="默认值取自沪工总基〔2019〕206号；建会率、入会率目标按百分比填写（85 即 85%）。" />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <ErrorSummary form={form} formName="registry-settings" />
      <Form
        form={form}
        name="registry-settings"
        layout="vertical"
        initialValues={settings.data}
        disabled={!writer}
        onFinish={submit}
        scrollToFirstError={{ behavior: 'smooth', block: 'center', focus: true }}
        onFieldsChange={() => setFieldsChanged((n) => n + 1)}
      >
        <FieldGrid shape={shape} fields={fields} />
        {writer && (
          <Button type="primary" htmlType="submit" loading={submitting}>
            保存
          </Button>
        )}
      </Form>
    </div>
  )
}
