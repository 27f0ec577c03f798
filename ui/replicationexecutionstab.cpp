#include "replicationexecutionstab.h"

#include "jobwatch.h"

#include "core/harborreplication.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr int kDefaultRefreshMs = 3000;
constexpr int kIdRole = Qt::UserRole + 1;

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::NarrowFormat) : QString();
}

QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (id)
        item->setData(kIdRole, id);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setWordWrap(false);
    return t;
}

void setColumns(QTableWidget *table, const QStringList &labels, int stretch)
{
    table->setColumnCount(int(labels.size()));
    table->setHorizontalHeaderLabels(labels);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}
} // namespace

ReplicationExecutionsTab::ReplicationExecutionsTab(HarborReplication *replication, QWidget *parent)
    : QWidget(parent), m_replication(replication), m_filter(new QComboBox(this)), m_refresh(new QPushButton(this)),
      m_stop(new QPushButton(this)), m_status(new QLabel(this)),
      m_executions(makeTable(this, u"executionsTable"_s)), m_tasksTitle(new QLabel(this)),
      m_tasks(makeTable(this, u"tasksTable"_s)), m_log(new QPlainTextEdit(this)), m_timer(new QTimer(this))
{
    m_filter->setObjectName(u"executionPolicyFilter"_s);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh->setObjectName(u"refreshExecutions"_s);
    m_stop->setObjectName(u"stopExecution"_s);
    m_status->setObjectName(u"executionsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_log->setObjectName(u"taskLog"_s);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth); // Harbor's log lines are long; the pane is narrow
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_timer->setObjectName(u"executionsTimer"_s);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultRefreshMs);
    m_filter->addItem(QString(), qint64(0));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_refresh);
    top->addWidget(m_stop);
    auto *tasksBox = new QWidget(this);
    auto *tasksLayout = new QVBoxLayout(tasksBox);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    tasksLayout->addWidget(m_tasksTitle);
    auto *below = new QSplitter(Qt::Horizontal, tasksBox);
    below->addWidget(m_tasks);
    below->addWidget(m_log);
    below->setStretchFactor(0, 2);
    below->setStretchFactor(1, 1);
    tasksLayout->addWidget(below, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_executions);
    split->addWidget(tasksBox);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    retranslate();

    connect(m_filter, &QComboBox::activated, this, [this] { reload(); });
    connect(m_refresh, &QPushButton::clicked, this, &ReplicationExecutionsTab::reload);
    connect(m_stop, &QPushButton::clicked, this, &ReplicationExecutionsTab::stopSelected);
    connect(m_timer, &QTimer::timeout, this, &ReplicationExecutionsTab::reload);
    connect(m_executions, &QTableWidget::itemSelectionChanged, this, &ReplicationExecutionsTab::updateButtons);
    connect(m_executions, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        openExecution(m_executions->item(item->row(), 0)->data(kIdRole).toLongLong());
    });
    connect(m_tasks, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_tasks->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openTaskLog(m_tasks->item(rows.first().row(), 0)->data(kIdRole).toLongLong());
    });
    updateButtons();
}

void ReplicationExecutionsTab::retranslate()
{
    m_filter->setItemText(0, tr("All policies"));
    m_refresh->setText(tr("&Refresh"));
    m_stop->setText(tr("&Stop Execution"));
    setColumns(m_executions,
               {tr("ID"), tr("Policy"), tr("Status"), tr("Trigger"), tr("Started"), tr("Ended"), tr("Succeeded"),
                tr("Failed"), tr("In progress"), tr("Total")},
               1);
    setColumns(m_tasks, {tr("Source"), tr("Destination"), tr("Operation"), tr("Status"), tr("Started"), tr("Ended")},
               0);
    m_tasksTitle->setText(m_openExecution ? tr("Tasks of execution %1 (select one for its log):").arg(m_openExecution)
                                          : tr("Double-click an execution to see its tasks."));
    m_log->setPlaceholderText(tr("The log of the selected task."));
}

void ReplicationExecutionsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ReplicationExecutionsTab::statusName(const QString &status)
{
    if (status == u"InProgress" || status == u"Running")
        return tr("In progress");
    if (status == u"Succeed" || status == u"Success")
        return tr("Succeeded");
    if (status == u"Failed" || status == u"Error")
        return tr("Failed");
    if (status == u"Stopped")
        return tr("Stopped");
    if (status == u"Pending")
        return tr("Pending");
    return status;
}

QString ReplicationExecutionsTab::triggerName(const QString &trigger)
{
    if (trigger == u"manual")
        return tr("Manual");
    if (trigger == u"scheduled")
        return tr("Scheduled");
    if (trigger == u"event_based")
        return tr("Event based");
    return trigger;
}

void ReplicationExecutionsTab::setPolicies(const QList<HarborReplicationPolicy> &policies)
{
    const qint64 current = m_filter->currentData().toLongLong();
    m_policyNames.clear();
    while (m_filter->count() > 1)
        m_filter->removeItem(1);
    for (const HarborReplicationPolicy &p : policies) {
        m_policyNames.insert(p.id, p.name);
        m_filter->addItem(p.name, p.id);
    }
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
}

void ReplicationExecutionsTab::showPolicy(qint64 policyId)
{
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(policyId)));
    reload();
}

void ReplicationExecutionsTab::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
}

bool ReplicationExecutionsTab::isRefreshing() const
{
    return m_timer->isActive();
}

QString ReplicationExecutionsTab::statusText() const
{
    return m_status->text();
}

void ReplicationExecutionsTab::reload()
{
    if (!m_replication || m_loading)
        return;
    m_loading = true;
    m_timer->stop();
    if (m_executions->rowCount() == 0)
        m_status->setText(tr("Loading executions…"));
    HarborListJob *job = m_replication->executions(m_filter->currentData().toLongLong());
    whenFinished(job, this, [this, job] {
        m_loading = false;
        if (job->error()) {
            m_status->setText(job->error().message);
            scheduleRefresh();
            emit executionsLoaded();
            return;
        }
        fillExecutions(HarborExecution::listFromJson(job->items()));
        if (m_openExecution)
            loadTasks();
        scheduleRefresh();
        emit executionsLoaded();
    });
}

void ReplicationExecutionsTab::fillExecutions(const QList<HarborExecution> &executions)
{
    const qint64 selected = selectedExecution();
    m_list = executions;
    m_executions->setRowCount(int(executions.size()));
    int reselect = -1;
    for (int r = 0; r < executions.size(); ++r) {
        const HarborExecution &e = executions.at(r);
        const QString policy = m_policyNames.value(e.policyId, QString::number(e.policyId));
        const QStringList texts{QString::number(e.id), policy, statusName(e.status), triggerName(e.trigger),
                                timeText(e.started), timeText(e.ended), QString::number(e.succeed),
                                QString::number(e.failed), QString::number(e.inProgress), QString::number(e.total)};
        for (int c = 0; c < texts.size(); ++c) {
            QTableWidgetItem *item = cell(texts.at(c), e.id);
            if (c == 2 && !e.statusText.isEmpty())
                item->setToolTip(e.statusText);
            if (c == 0 || c >= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_executions->setItem(r, c, item);
        }
        if (e.id == selected)
            reselect = r;
    }
    if (reselect >= 0)
        m_executions->selectRow(reselect);
    m_status->setText(executions.isEmpty() ? tr("No executions yet: start a policy with Replicate Now.")
                                           : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    updateButtons();
}

qint64 ReplicationExecutionsTab::selectedExecution() const
{
    const auto rows = m_executions->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_executions->item(rows.first().row(), 0)->data(kIdRole).toLongLong();
}

void ReplicationExecutionsTab::updateButtons()
{
    const qint64 id = selectedExecution();
    bool running = false;
    for (const HarborExecution &e : std::as_const(m_list))
        running = running || (e.id == id && e.isRunning());
    m_stop->setEnabled(running);
}

void ReplicationExecutionsTab::scheduleRefresh()
{
    bool running = m_tasksRunning;
    for (const HarborExecution &e : std::as_const(m_list))
        running = running || e.isRunning();
    if (running)
        m_timer->start();
    else
        m_timer->stop();
}

void ReplicationExecutionsTab::openExecution(qint64 executionId)
{
    if (executionId != m_openExecution) {
        m_openTask = 0;
        m_log->clear();
        m_tasks->setRowCount(0);
    }
    m_openExecution = executionId;
    retranslate();
    loadTasks();
}

void ReplicationExecutionsTab::loadTasks()
{
    if (!m_replication || !m_openExecution)
        return;
    const qint64 execution = m_openExecution;
    HarborListJob *job = m_replication->tasks(execution);
    whenFinished(job, this, [this, job, execution] {
        if (execution != m_openExecution)
            return;
        if (job->error()) {
            m_status->setText(job->error().message);
            m_status->setVisible(true);
        } else {
            fillTasks(HarborTask::listFromJson(job->items()));
        }
        emit tasksLoaded();
    });
}

void ReplicationExecutionsTab::fillTasks(const QList<HarborTask> &tasks)
{
    const QSignalBlocker block(m_tasks); // a refresh does not reload the log of the selected task
    m_tasks->setRowCount(int(tasks.size()));
    m_tasksRunning = false;
    bool reloadLog = false;
    for (int r = 0; r < tasks.size(); ++r) {
        const HarborTask &t = tasks.at(r);
        m_tasksRunning = m_tasksRunning || t.isRunning();
        const QString operation = t.operation == u"copy"       ? tr("Copy")
                                  : t.operation == u"deletion" ? tr("Deletion")
                                                               : t.operation;
        const QStringList texts{t.srcResource, t.dstResource, operation, statusName(t.status), timeText(t.started),
                                timeText(t.ended)};
        for (int c = 0; c < texts.size(); ++c)
            m_tasks->setItem(r, c, cell(texts.at(c), t.id));
        m_tasks->item(r, 0)->setToolTip(t.resourceType);
        if (t.id == m_openTask) {
            m_tasks->selectRow(r);
            // The log of a running task grows; read it again, and once more when the task ends.
            if (t.isRunning() || t.status != m_openTaskStatus)
                reloadLog = true;
            m_openTaskStatus = t.status;
        }
    }
    if (reloadLog)
        openTaskLog(m_openTask);
}

void ReplicationExecutionsTab::openTaskLog(qint64 taskId)
{
    if (!m_replication || !m_openExecution || !taskId)
        return;
    if (taskId != m_openTask)
        m_openTaskStatus.clear();
    m_openTask = taskId;
    HarborRequest *request = m_replication->taskLog(m_openExecution, taskId);
    whenFinished(request, this, [this, request, taskId] {
        if (taskId != m_openTask)
            return;
        const QString text = request->error() ? tr("The log could not be read: %1").arg(request->error().message)
                                              : QString::fromUtf8(request->body());
        if (m_log->toPlainText() != text)
            m_log->setPlainText(text);
        emit logLoaded();
    });
}

void ReplicationExecutionsTab::stopSelected()
{
    const qint64 id = selectedExecution();
    if (!m_replication || !id)
        return;
    m_stop->setEnabled(false);
    m_status->setText(tr("Asking Harbor to stop execution %1…").arg(id));
    m_status->setVisible(true);
    HarborRequest *request = m_replication->stopExecution(id);
    whenFinished(request, this, [this, request, id] {
        m_status->setText(request->error() ? request->error().message
                                           : tr("Harbor is stopping execution %1.").arg(id));
        reload();
    });
}

} // namespace berth
