#include "replicationwindow.h"

#include "harborconnections.h"
#include "jobwatch.h"
#include "replicationendpointdialog.h"
#include "replicationexecutionstab.h"
#include "replicationpolicydialog.h"

#include "core/harborclient.h"
#include "core/harborreplication.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

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

// Columns as wide as their contents (the lists are short), `stretch` takes the rest.
void setColumns(QTableWidget *table, const QStringList &labels, int stretch)
{
    table->setColumnCount(int(labels.size()));
    table->setHorizontalHeaderLabels(labels);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

void setStatus(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QPushButton *button(QWidget *parent, const QString &name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    return b;
}

void setRow(QTableWidget *table, int row, qint64 id, const QStringList &texts)
{
    for (int c = 0; c < texts.size(); ++c) {
        auto *item = new QTableWidgetItem(texts.at(c));
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        item->setData(kIdRole, id);
        table->setItem(row, c, item);
    }
}

qint64 selectedId(const QTableWidget *table)
{
    const auto rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : table->item(rows.first().row(), 0)->data(kIdRole).toLongLong();
}

bool selectId(QTableWidget *table, qint64 id)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(kIdRole).toLongLong() == id) {
            table->selectRow(r);
            return true;
        }
    }
    return false;
}

QLabel *statusLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}
} // namespace

ReplicationWindow::ReplicationWindow(HarborClient *client, QWidget *parent)
    : QWidget(parent, Qt::Window), m_registry(client->registry()), m_replication(new HarborReplication(client, this)),
      m_tabs(new QTabWidget(this)), m_executions(new ReplicationExecutionsTab(m_replication, this))
{
    setObjectName(u"replicationWindow"_s);
    m_tabs->setObjectName(u"replicationTabs"_s);
    m_tabs->addTab(buildEndpointsTab(), QString());
    m_tabs->addTab(buildPoliciesTab(), QString());
    m_tabs->addTab(m_executions, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    resize(1000, 620);
    retranslate();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_executions)
            m_executions->reload();
    });
    connect(client, &QObject::destroyed, this, [this] {
        delete m_replication; // its client is gone: nothing more can be asked
        close();
    });
    reload();
}

void ReplicationWindow::open(HarborConnections *connections, const QString &registry, QWidget *owner)
{
    for (ReplicationWindow *w : owner->findChildren<ReplicationWindow *>(Qt::FindDirectChildrenOnly)) {
        if (w->registry().compare(registry, Qt::CaseInsensitive) == 0) {
            w->showNormal();
            w->raise();
            w->activateWindow();
            return;
        }
    }
    connections->withClient(registry, owner, [owner](HarborClient *client) {
        auto *w = new ReplicationWindow(client, owner);
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->show();
    });
}

QAction *ReplicationWindow::menuAction(HarborConnections *connections, const QString &registry, QWidget *owner)
{
    auto *action = owner->findChild<QAction *>(u"harborReplicationAction"_s, Qt::FindDirectChildrenOnly);
    if (!action) {
        action = new QAction(owner);
        action->setObjectName(u"harborReplicationAction"_s);
    }
    action->setText(tr("Replication…")); // set on every use: the menu follows a language switch
    action->setToolTip(tr("Harbor's replication endpoints, policies and executions (system administrators)"));
    action->disconnect(owner);
    connect(action, &QAction::triggered, owner, [connections, registry, owner] { open(connections, registry, owner); });
    return action;
}

QWidget *ReplicationWindow::buildEndpointsTab()
{
    auto *tab = new QWidget(this);
    m_endpointsTable = makeTable(tab, u"endpointsTable"_s);
    m_endpointsStatus = statusLabel(tab, u"endpointsStatus"_s);
    m_newEndpoint = button(tab, u"newEndpoint"_s);
    m_editEndpoint = button(tab, u"editEndpoint"_s);
    m_deleteEndpoint = button(tab, u"deleteEndpoint"_s);
    m_testEndpoint = button(tab, u"testEndpoint"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_newEndpoint, m_editEndpoint, m_testEndpoint, m_deleteEndpoint})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_endpointsStatus);
    layout->addWidget(m_endpointsTable, 1);
    connect(m_newEndpoint, &QPushButton::clicked, this, [this] { editEndpoint(true); });
    connect(m_editEndpoint, &QPushButton::clicked, this, [this] { editEndpoint(false); });
    connect(m_endpointsTable, &QTableWidget::itemDoubleClicked, this, [this] { editEndpoint(false); });
    connect(m_deleteEndpoint, &QPushButton::clicked, this, &ReplicationWindow::deleteEndpoint);
    connect(m_testEndpoint, &QPushButton::clicked, this, &ReplicationWindow::testEndpoint);
    connect(m_endpointsTable, &QTableWidget::itemSelectionChanged, this, &ReplicationWindow::updateButtons);
    return tab;
}

QWidget *ReplicationWindow::buildPoliciesTab()
{
    auto *tab = new QWidget(this);
    m_policiesTable = makeTable(tab, u"policiesTable"_s);
    m_policiesStatus = statusLabel(tab, u"policiesStatus"_s);
    m_newPolicy = button(tab, u"newPolicy"_s);
    m_editPolicy = button(tab, u"editPolicy"_s);
    m_togglePolicy = button(tab, u"togglePolicy"_s);
    m_deletePolicy = button(tab, u"deletePolicy"_s);
    m_replicateNow = button(tab, u"replicateNow"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_newPolicy, m_editPolicy, m_togglePolicy, m_deletePolicy})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_replicateNow);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_policiesStatus);
    layout->addWidget(m_policiesTable, 1);
    connect(m_newPolicy, &QPushButton::clicked, this, [this] { editPolicy(true); });
    connect(m_editPolicy, &QPushButton::clicked, this, [this] { editPolicy(false); });
    connect(m_policiesTable, &QTableWidget::itemDoubleClicked, this, [this] { editPolicy(false); });
    connect(m_togglePolicy, &QPushButton::clicked, this, &ReplicationWindow::togglePolicy);
    connect(m_deletePolicy, &QPushButton::clicked, this, &ReplicationWindow::deletePolicy);
    connect(m_replicateNow, &QPushButton::clicked, this, &ReplicationWindow::replicateNow);
    connect(m_policiesTable, &QTableWidget::itemSelectionChanged, this, &ReplicationWindow::updateButtons);
    return tab;
}

void ReplicationWindow::retranslate()
{
    setWindowTitle(tr("Replication — %1").arg(m_registry));
    m_tabs->setTabText(0, tr("&Endpoints"));
    m_tabs->setTabText(1, tr("&Policies"));
    m_tabs->setTabText(2, tr("E&xecutions"));
    m_newEndpoint->setText(tr("&New Endpoint…"));
    m_editEndpoint->setText(tr("&Edit…"));
    m_deleteEndpoint->setText(tr("&Delete…"));
    m_testEndpoint->setText(tr("&Test Connection"));
    m_newPolicy->setText(tr("&New Policy…"));
    m_editPolicy->setText(tr("&Edit…"));
    m_deletePolicy->setText(tr("&Delete…"));
    m_replicateNow->setText(tr("&Replicate Now"));
    setColumns(m_endpointsTable, {tr("Name"), tr("Provider"), tr("URL"), tr("Status"), tr("Certificate")}, 2);
    setColumns(m_policiesTable,
               {tr("Name"), tr("Mode"), tr("Endpoint"), tr("Trigger"), tr("Enabled"), tr("Description")}, 5);
    fillEndpoints();
    fillPolicies();
}

void ReplicationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

HarborReplication *ReplicationWindow::replication() const
{
    return m_replication;
}

QString ReplicationWindow::endpointsStatus() const
{
    return m_endpointsStatus->text();
}

QString ReplicationWindow::policiesStatus() const
{
    return m_policiesStatus->text();
}

void ReplicationWindow::reload()
{
    if (m_pending > 0 || !m_replication)
        return;
    m_pending = 2;
    // A first load says so; a reload keeps what the last action reported.
    if (m_endpoints.isEmpty())
        setStatus(m_endpointsStatus, tr("Loading endpoints…"));
    if (m_policies.isEmpty())
        setStatus(m_policiesStatus, tr("Loading policies…"));
    HarborListJob *endpoints = m_replication->endpoints();
    whenFinished(endpoints, this, [this, endpoints] {
        if (endpoints->error()) {
            setStatus(m_endpointsStatus, endpoints->error().message);
        } else {
            m_endpoints = HarborEndpoint::listFromJson(endpoints->items());
            if (m_endpoints.isEmpty())
                setStatus(m_endpointsStatus, tr("No endpoints yet. Harbor replicates to and from the registries "
                                                "added here; only Harbor's system administrators see them."));
            else if (m_endpointsStatus->text() == tr("Loading endpoints…"))
                setStatus(m_endpointsStatus, QString());
        }
        fillEndpoints();
        fillPolicies(); // shows endpoint names
        oneLoaded();
    });
    HarborListJob *policies = m_replication->policies();
    whenFinished(policies, this, [this, policies] {
        if (policies->error()) {
            setStatus(m_policiesStatus, policies->error().message);
        } else {
            m_policies = HarborReplicationPolicy::listFromJson(policies->items());
            if (m_policies.isEmpty())
                setStatus(m_policiesStatus, tr("No replication policies yet."));
            else if (m_policiesStatus->text() == tr("Loading policies…"))
                setStatus(m_policiesStatus, QString());
        }
        fillPolicies();
        m_executions->setPolicies(m_policies);
        oneLoaded();
    });
}

void ReplicationWindow::oneLoaded()
{
    if (--m_pending == 0) {
        updateButtons();
        emit loaded();
    }
}

void ReplicationWindow::fillEndpoints()
{
    const qint64 selected = selectedId(m_endpointsTable);
    m_endpointsTable->setRowCount(int(m_endpoints.size()));
    for (int r = 0; r < m_endpoints.size(); ++r) {
        const HarborEndpoint &e = m_endpoints.at(r);
        const QString status = e.status == u"healthy"     ? tr("Healthy")
                               : e.status == u"unhealthy" ? tr("Unhealthy")
                               : e.status.isEmpty()       ? tr("Unknown")
                                                          : e.status;
        setRow(m_endpointsTable, r, e.id,
               {e.name, ReplicationEndpointDialog::providerName(e.type), e.url, status,
                e.insecure ? tr("Not verified") : tr("Verified")});
        m_endpointsTable->item(r, 0)->setToolTip(e.description);
    }
    selectId(m_endpointsTable, selected);
}

QString ReplicationWindow::endpointName(qint64 id) const
{
    for (const HarborEndpoint &e : m_endpoints) {
        if (e.id == id)
            return e.name;
    }
    return QString::number(id);
}

void ReplicationWindow::fillPolicies()
{
    const qint64 selected = selectedId(m_policiesTable);
    m_policiesTable->setRowCount(int(m_policies.size()));
    for (int r = 0; r < m_policies.size(); ++r) {
        const HarborReplicationPolicy &p = m_policies.at(r);
        QString remote = p.isPush() ? p.destRegistryName : p.srcRegistryName;
        if (remote.isEmpty())
            remote = endpointName(p.remoteRegistryId());
        QString trigger = ReplicationExecutionsTab::triggerName(HarborReplicationPolicy::triggerName(p.trigger));
        if (p.trigger == HarborTrigger::Scheduled)
            trigger = tr("%1 (%2)").arg(trigger, p.cron);
        setRow(m_policiesTable, r, p.id,
               {p.name, p.isPush() ? tr("Push") : tr("Pull"), remote, trigger, p.enabled ? tr("Yes") : tr("No"),
                p.description});
    }
    selectId(m_policiesTable, selected);
    updateButtons();
}

bool ReplicationWindow::selectEndpoint(qint64 id)
{
    m_tabs->setCurrentIndex(0);
    return selectId(m_endpointsTable, id);
}

bool ReplicationWindow::selectPolicy(qint64 id)
{
    m_tabs->setCurrentIndex(1);
    return selectId(m_policiesTable, id);
}

const HarborEndpoint *ReplicationWindow::selectedEndpoint() const
{
    const qint64 id = selectedId(m_endpointsTable);
    for (const HarborEndpoint &e : m_endpoints) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const HarborReplicationPolicy *ReplicationWindow::selectedPolicy() const
{
    const qint64 id = selectedId(m_policiesTable);
    for (const HarborReplicationPolicy &p : m_policies) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void ReplicationWindow::updateButtons()
{
    const bool endpoint = selectedEndpoint() != nullptr;
    m_editEndpoint->setEnabled(endpoint);
    m_deleteEndpoint->setEnabled(endpoint);
    m_testEndpoint->setEnabled(endpoint);
    const HarborReplicationPolicy *p = selectedPolicy();
    m_editPolicy->setEnabled(p != nullptr);
    m_deletePolicy->setEnabled(p != nullptr);
    m_togglePolicy->setEnabled(p != nullptr);
    m_replicateNow->setEnabled(p != nullptr && p->enabled);
    m_togglePolicy->setText(p && p->enabled ? tr("Dis&able") : tr("En&able"));
}

} // namespace berth
