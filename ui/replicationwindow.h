#pragma once
// One Harbor's replication, in a window of its own: endpoints, policies and executions as tabs,
// each list loaded through the core's HarborReplication; errors shown in the tab, not as a crash.

#include "core/harborreplicationtypes.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace berth {

class HarborClient;
class HarborConnections;
class HarborReplication;
class ReplicationExecutionsTab;

class ReplicationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicationWindow)
public:
    // A window of its own (parent only owns it); closes when the client goes (registry edited or removed).
    explicit ReplicationWindow(HarborClient *client, QWidget *parent = nullptr);

    // Raises owner's window for registry, or opens one with the registry's Harbor client.
    static void open(HarborConnections *connections, const QString &registry, QWidget *owner);
    // owner's "Replication…" action (harborReplicationAction), made on first use, opening registry's window.
    static QAction *menuAction(HarborConnections *connections, const QString &registry, QWidget *owner);

    QString registry() const { return m_registry; }
    HarborReplication *replication() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *endpointsTable() const { return m_endpointsTable; }
    QTableWidget *policiesTable() const { return m_policiesTable; }
    ReplicationExecutionsTab *executionsTab() const { return m_executions; }
    const QList<HarborEndpoint> &endpoints() const { return m_endpoints; }
    const QList<HarborReplicationPolicy> &policies() const { return m_policies; }
    QString endpointsStatus() const;
    QString policiesStatus() const;
    bool isLoading() const { return m_pending > 0; }

    // Loads endpoints and policies again (executions follow when their tab is shown).
    void reload();
    // Selects the row of that endpoint or policy (for the buttons that act on the selection).
    bool selectEndpoint(qint64 id);
    bool selectPolicy(qint64 id);

signals:
    void loaded(); // endpoints and policies arrived (or failed, with the message shown)

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildEndpointsTab();
    QWidget *buildPoliciesTab();
    void retranslate();
    void fillEndpoints();
    void fillPolicies();
    void updateButtons();
    void oneLoaded();
    void editEndpoint(bool create);
    void deleteEndpoint();
    void testEndpoint();
    void editPolicy(bool create);
    void togglePolicy();
    void deletePolicy();
    void replicateNow();
    void confirm(const QString &title, const QString &text, const QString &button, std::function<void()> then);
    const HarborEndpoint *selectedEndpoint() const;
    const HarborReplicationPolicy *selectedPolicy() const;
    QString endpointName(qint64 id) const;

    QString m_registry;
    QPointer<HarborReplication> m_replication; // gone with the client
    QList<HarborEndpoint> m_endpoints;
    QList<HarborReplicationPolicy> m_policies;
    int m_pending = 0;

    QTabWidget *m_tabs;
    QTableWidget *m_endpointsTable;
    QLabel *m_endpointsStatus;
    QPushButton *m_newEndpoint, *m_editEndpoint, *m_deleteEndpoint, *m_testEndpoint;
    QTableWidget *m_policiesTable;
    QLabel *m_policiesStatus;
    QPushButton *m_newPolicy, *m_editPolicy, *m_togglePolicy, *m_deletePolicy, *m_replicateNow;
    ReplicationExecutionsTab *m_executions;
};

} // namespace berth
