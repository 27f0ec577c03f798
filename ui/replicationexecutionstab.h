#pragma once
// The Executions tab of the replication window: a policy's (or every policy's) executions with
// their counts, an execution's tasks and a task's log; stops a running execution; refreshes itself
// on a timer while anything runs.

#include "core/harborreplicationtypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace berth {

class HarborReplication;

class ReplicationExecutionsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicationExecutionsTab)
public:
    explicit ReplicationExecutionsTab(HarborReplication *replication, QWidget *parent = nullptr);

    // The policies the filter offers and whose names the table shows.
    void setPolicies(const QList<HarborReplicationPolicy> &policies);
    // Filters on one policy (0: all) and reloads.
    void showPolicy(qint64 policyId);
    void reload();
    // Shows the tasks of one execution (what a double-click on its row does).
    void openExecution(qint64 executionId);
    // Shows the log of one task of the open execution.
    void openTaskLog(qint64 taskId);
    void setRefreshInterval(int ms);

    qint64 openExecutionId() const { return m_openExecution; }
    bool isRefreshing() const; // the timer runs: something is in progress
    bool isLoading() const { return m_loading; }
    QString statusText() const;
    QTableWidget *executionsTable() const { return m_executions; }
    QTableWidget *tasksTable() const { return m_tasks; }
    QPlainTextEdit *logView() const { return m_log; }
    QPushButton *stopButton() const { return m_stop; }

    static QString statusName(const QString &status);
    static QString triggerName(const QString &trigger);

signals:
    void executionsLoaded();
    void tasksLoaded();
    void logLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillExecutions(const QList<HarborExecution> &executions);
    void fillTasks(const QList<HarborTask> &tasks);
    void loadTasks();
    void stopSelected();
    void updateButtons();
    void scheduleRefresh();
    qint64 selectedExecution() const;

    QPointer<HarborReplication> m_replication;
    QHash<qint64, QString> m_policyNames;
    QList<HarborExecution> m_list;
    qint64 m_openExecution = 0;
    qint64 m_openTask = 0;
    QString m_openTaskStatus; // as last listed, to read the log once more when it changes
    bool m_loading = false;
    bool m_tasksRunning = false;

    QComboBox *m_filter;
    QPushButton *m_refresh;
    QPushButton *m_stop;
    QLabel *m_status;
    QTableWidget *m_executions;
    QLabel *m_tasksTitle;
    QTableWidget *m_tasks;
    QPlainTextEdit *m_log;
    QTimer *m_timer;
};

} // namespace berth
