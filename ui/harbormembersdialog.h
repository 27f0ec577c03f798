#pragma once
// A Harbor project's members (users and groups with their roles): change a role, remove, add
// through HarborAddMemberDialog. Only the actions the current user's permissions allow are shown.

#include "core/harboradmintypes.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace berth {

class HarborAdmin;
class HarborClient;
class Job;

class HarborMembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborMembersDialog)
public:
    HarborMembersDialog(HarborClient *client, const HarborProject &project, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString statusText() const;
    bool isLoaded() const { return m_pending == 0; }
    bool canChangeRoles() const;
    // Adds a member as HarborAddMemberDialog would (also for tests).
    void addMember(const HarborMemberSpec &spec);
    void reload();

signals:
    void loaded();
    void changed(); // a member was added, changed or removed

private:
    void populate(const QList<HarborMember> &members);
    void applyPermissions();
    void changeRole(int memberId, HarborRole role);
    void removeSelected();
    void openAdd();
    void oneDone();
    void report(Job *job, const QString &done);

    HarborAdmin *m_admin;
    HarborProject m_project;
    QString m_authMode;
    std::optional<HarborPermissions> m_permissions;
    QList<HarborMember> m_members;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    int m_pending = 0;
};

} // namespace berth
