import { useEffect, useMemo, useState } from 'react'
import { App, Button, Card, Form, Select, Skeleton, Typography } from 'antd'
import { call } from '../../api/client'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { officeToday, setOfficeTimeZone } from '../../office-time'

const COMMON_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Urumqi', 'Asia/Taipei', 'UTC']

/** 系统设置: office-wide options. The time zone decides "today" for every default date, backup name and log. */
export function SystemSettingsPage() {
  const { message } = App.useApp()
  const settings = useCall('system.settings')
  const [form] = Form.useForm<{ timeZone: string }>()
  const [saving, setSaving] = useState(false)
  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
    return [...new Set([...COMMON_ZONES, ...all])].map((z) => ({ value: z, label: z }))
  }, [])
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])

  const save = async (values: { timeZone: string }) => {
    setSaving(true)
    try {
      const saved = await call('system.updateSettings', values)
      setOfficeTimeZone(saved.timeZone)
      message.success(`已保存；办公时区的今天是 ${officeToday()}`)
      settings.reload()
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e))
    } finally {
      setSaving(false)
    }
  }

  if (settings.error) return <LoadError error={settings.error} onRetry={settings.reload} />
  if (!settings.data) return <Skeleton active />
  return (
    <Card title="系统设置" size="small">
      <Form form={form} layout="vertical" style={{ maxWidth: 480 }} onFinish={save}>
        <Form.Item
          name="timeZone"
          label="办公时区"
          extra="“今天”按此时区计算：凭证和报账的默认日期、登录锁定时间、备份文件名、操作日志和每日自动备份。默认 Asia/Shanghai，与电脑的时区设置无关。"
          rules={[{ required: true, message: '请选择办公时区' }]}
        >
          <Select showSearch options={zones} />
        </Form.Item>
        <Typography.Paragraph type="secondary">办公时区的今天：{officeToday()}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存
        </Button>
      </Form>
    </Card>
  )
}
