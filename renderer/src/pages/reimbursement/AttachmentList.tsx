import { useState } from 'react'
import { Button, Image, List, Modal, Space, Typography, Upload } from 'antd'
import { DeleteOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons'
import type { ClaimView } from '../../../../electron/shared/contract/claims'
import { call } from '../../api/client'
import { downloadBase64, readUpload } from '../../download'
import { useAction } from '../../hooks/useAction'

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`)

/**
 * 附件: scans and photos of invoices, lists, contracts. Images open in a modal; PDF and HEIC are saved
 * and opened with the system's viewer (the page's security policy allows no embedded documents).
 */
export function AttachmentList({ claim, onChanged }: { claim: ClaimView; onChanged: () => void }) {
  const { run, busy } = useAction()
  const [shown, setShown] = useState<{ name: string; src: string } | null>(null)
  const editable = claim.actions.includes('edit')

  const upload = (file: File) =>
    run(async () => {
      const { fileName, content } = await readUpload(file)
      await call('claims.attach', { claimId: claim.id, fileName, content })
      onChanged()
      return `已上传 ${fileName}`
    })

  const open = (id: number) =>
    run(async () => {
      const file = await call('claims.attachment', { id })
      if (file.mimeType === 'image/jpeg' || file.mimeType === 'image/png') setShown({ name: file.fileName, src: `data:${file.mimeType};base64,${file.content}` })
      else downloadBase64(file.fileName, file.content)
    })

  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          附件（{claim.attachments.length}）
        </Typography.Title>
        {editable && (
          <Upload accept=".jpg,.jpeg,.png,.pdf,.heic" showUploadList={false} beforeUpload={(file) => (upload(file), false)}>
            <Button icon={<UploadOutlined />} loading={busy}>
              上传附件
            </Button>
          </Upload>
        )}
      </Space>
      <List
        size="small"
        dataSource={claim.attachments}
        locale={{ emptyText: '尚无附件（发票、签收名单、活动照片等）' }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button key="view" type="link" icon={<EyeOutlined />} onClick={() => open(a.id)}>
                查看
              </Button>,
              editable && (
                <Button
                  key="del"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => run(async () => (await call('claims.detach', { id: a.id }), onChanged(), '已删除附件'))}
                >
                  删除
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={a.fileName}
              description={`${size(a.size)} · SHA-256 ${a.sha256.slice(0, 16)}… · ${a.uploadedBy} ${new Date(a.uploadedAt).toLocaleString('zh-CN', { hour12: false })}`}
            />
          </List.Item>
        )}
      />
      <Modal open={shown !== null} title={shown?.name} footer={null} width={900} onCancel={() => setShown(null)}>
        {shown && <Image src={shown.src} alt={shown.name} preview={false} style={{ maxWidth: '100%' }} />}
      </Modal>
    </>
  )
}
