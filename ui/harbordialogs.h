#pragma once
// Harbor dialogs: a new project (name, public, storage limit, proxy cache), and a project's details
// (quota use, members, robot accounts; read-only).

#include "core/harborclient.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace berth {

class HarborProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborProjectDialog)
public:
    explicit HarborProjectDialog(const QString &registry, QWidget *parent = nullptr);

    HarborProjectSpec spec() const;
    bool canAccept() const;
    QString statusText() const;
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *publicBox() const { return m_public; }
    QSpinBox *limitBox() const { return m_limit; }   // GiB; 0: no limit
    QSpinBox *registryBox() const { return m_registryId; } // 0: not a proxy cache

    // Harbor's rule for project names (lower case, digits, . _ - between them; 1-255).
    static bool isValidName(const QString &name);

private:
    void validate();

    QLineEdit *m_name;
    QCheckBox *m_public;
    QSpinBox *m_limit;
    QSpinBox *m_registryId;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

class HarborProjectDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborProjectDetailsDialog)
public:
    HarborProjectDetailsDialog(HarborClient *client, const HarborProject &project, QWidget *parent = nullptr);

    QString quotaText() const;
    QTreeWidget *membersList() const { return m_members; }
    QTreeWidget *robotsList() const { return m_robots; }
    // Every list has arrived (or failed with its message in the list).
    bool isLoaded() const { return m_pending == 0; }

signals:
    void loaded();

private:
    void oneDone();

    QLabel *m_quota;
    QTreeWidget *m_members;
    QTreeWidget *m_robots;
    int m_pending = 3;
};

} // namespace berth
