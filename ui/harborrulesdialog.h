#pragma once
// A Harbor project's tag rules: retention (what to keep; add, edit, delete, and a dry run that
// shows per repository what would be kept) and immutability (tags that may not change).

#include "core/harboradmintypes.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace berth {

class HarborAdmin;
class HarborClient;
class Job;

class HarborRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborRulesDialog)
public:
    HarborRulesDialog(HarborClient *client, const HarborProject &project, QWidget *parent = nullptr);

    QTableWidget *retentionTable() const { return m_retention; }
    QTableWidget *immutableTable() const { return m_immutable; }
    QTableWidget *dryRunTable() const { return m_result; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QString dryRunText() const;
    QString statusText() const;
    bool isLoaded() const { return m_pending == 0; }
    bool isDryRunning() const { return m_polling; }
    qint64 retentionPolicyId() const { return m_policy.id; }

    void addRetentionRule(const HarborRetentionRule &rule);
    void replaceRetentionRule(int row, const HarborRetentionRule &rule);
    void removeRetentionRule(int row);
    void addImmutableRule(const HarborImmutableRule &rule);
    void replaceImmutableRule(const HarborImmutableRule &rule);
    void removeImmutableRule(int row);
    void dryRun();
    void reload();

signals:
    void loaded();
    void changed();
    void dryRunFinished();

private:
    QWidget *retentionTab();
    QWidget *immutableTab();
    void populate();
    void applyPermissions();
    void saveRetention(const HarborRetentionPolicy &policy, const QString &done);
    void pollDryRun(qint64 executionId, int attempt);
    void showDryRun(const HarborRetentionExecution &execution);
    void editRetention(int row);
    void editImmutable(int row);
    void report(Job *job, const QString &done);
    void oneDone();

    HarborAdmin *m_admin;
    HarborProject m_project;
    std::optional<HarborPermissions> m_permissions;
    HarborRetentionPolicy m_policy;
    QList<HarborImmutableRule> m_immutableRules;
    QTableWidget *m_retention;
    QTableWidget *m_immutable;
    QTableWidget *m_result;
    QPushButton *m_addRetention, *m_editRetention, *m_deleteRetention, *m_dryRun;
    QPushButton *m_addImmutable, *m_editImmutable, *m_deleteImmutable;
    QLabel *m_dryRunText;
    QLabel *m_status;
    int m_pending = 0;
    bool m_polling = false;
};

} // namespace berth
