#pragma once
// A Harbor project's storage quota: what it uses, and its limit (GiB or MiB, or unlimited), which
// only a system administrator may change.

#include "core/harboradmintypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace berth {

class HarborAdmin;
class HarborClient;

class HarborQuotaDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborQuotaDialog)
public:
    HarborQuotaDialog(HarborClient *client, const HarborProject &project, QWidget *parent = nullptr);

    QSpinBox *limitBox() const { return m_limit; }
    QComboBox *unitBox() const { return m_unit; }   // GiB, MiB
    QCheckBox *unlimitedBox() const { return m_unlimited; }
    QPushButton *saveButton() const { return m_save; }
    QString usageText() const;
    QString statusText() const;
    bool isLoaded() const { return m_loaded; }
    bool canEdit() const { return m_canEdit; }
    qint64 limitBytes() const; // -1 unlimited
    void save();

signals:
    void loaded();
    void saved();

private:
    void showQuota();
    void updateControls();

    HarborAdmin *m_admin;
    HarborProject m_project;
    HarborQuota m_quota;
    bool m_canEdit = false;
    bool m_loaded = false;
    int m_pending = 2;
    QLabel *m_usage;
    QCheckBox *m_unlimited;
    QSpinBox *m_limit;
    QComboBox *m_unit;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace berth
