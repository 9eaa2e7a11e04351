# Labels of the fields the direction steps, action plan and partner register save. The error
# banner shows a backend field error with these labels (field-<name>).
field-naReason = 該当しない理由
field-owner = 担当者
field-dueDate = 期限
field-doneDate = 完了日
field-note = メモ
field-evidenceNote = 実施したことがわかるもの
field-title = やること
field-status = 状況
field-effort = 手間の目安
field-relation = 関係
field-handles = 任せていること・扱う情報
field-securityActionLevel = SECURITY ACTIONの段階
field-contractHasSecurityClause = 契約のセキュリティ条項
field-lastChecked = 最後に確認した日
