#pragma once
// Robot accounts of a Harbor project, or system-level ones (project id 0): list, create, refresh
// the secret, enable/disable, delete. A new secret is shown once by HarborRobotSecretDialog.

#include "core/harboradmintypes.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace berth {

class CredentialStore;
class HarborAdmin;
class HarborClient;
class HarborRobotSecretDialog;
class Job;

class HarborRobotsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborRobotsDialog)
public:
    // project.id 0: the system-level robots. store may be null (no keychain offered).
    HarborRobotsDialog(HarborClient *client, const HarborProject &project, CredentialStore *store,
                       QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *refreshSecretButton() const { return m_refresh; }
    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *deleteButton() const { return m_delete; }
    QString statusText() const;
    bool isLoaded() const { return m_loaded; }
    HarborRobotSecretDialog *secretDialog() const; // the one shown last, while open

    void createRobot(const HarborRobotSpec &spec);
    void reload();

signals:
    void loaded();
    void secretShown();

private:
    bool systemLevel() const { return m_project.id == 0; }
    void populate();
    void updateButtons();
    const HarborRobot *selected() const;
    void openCreate();
    void refreshSecret();
    void toggleSelected();
    void deleteSelected();
    void showSecret(const QString &fullName, const QString &secret);
    void report(Job *job, const QString &done);

    HarborAdmin *m_admin;
    HarborProject m_project;
    QPointer<CredentialStore> m_store;
    std::optional<HarborPermissions> m_permissions;
    QList<HarborRobot> m_robots;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_new, *m_refresh, *m_toggle, *m_delete;
    QPointer<HarborRobotSecretDialog> m_secretDialog;
    bool m_permissionsKnown = false;
    bool m_loaded = false;
};

} // namespace berth
