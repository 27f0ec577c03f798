#include "harborrulesdialog.h"

#include "harboradminwidgets.h"
#include "harborruledialog.h"
#include "jobwatch.h"

#include "core/harboradmin.h"
#include "core/harborclient.h" // HarborAdmin::client() needs the whole type

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr int kPollMs = 500, kPollAttempts = 240; // a dry run is followed for two minutes

QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch();
    return row;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

HarborRulesDialog::HarborRulesDialog(HarborClient *client, const HarborProject &project, QWidget *parent)
    : QDialog(parent), m_admin(new HarborAdmin(client, this)), m_project(project),
      m_retention(HarborAdminUi::table(this, u"retentionTable"_s,
                                       {tr("Repositories"), tr("Keep"), tr("Tags"), tr("State")})),
      m_immutable(HarborAdminUi::table(this, u"immutableTable"_s, {tr("Repositories"), tr("Tags"), tr("State")})),
      m_result(HarborAdminUi::table(this, u"dryRunTable"_s,
                                    {tr("Repository"), tr("Status"), tr("Kept"), tr("Removed"), tr("Artifacts")})),
      m_addRetention(button(tr("&Add…"), u"addRetentionButton"_s, this)),
      m_editRetention(button(tr("&Edit…"), u"editRetentionButton"_s, this)),
      m_deleteRetention(button(tr("&Delete…"), u"deleteRetentionButton"_s, this)),
      m_dryRun(button(tr("D&ry Run"), u"dryRunButton"_s, this)),
      m_addImmutable(button(tr("&Add…"), u"addImmutableButton"_s, this)),
      m_editImmutable(button(tr("&Edit…"), u"editImmutableButton"_s, this)),
      m_deleteImmutable(button(tr("&Delete…"), u"deleteImmutableButton"_s, this)), m_dryRunText(new QLabel(this)),
      m_status(HarborAdminUi::statusLine(this))
{
    setWindowTitle(tr("Tag Rules of %1").arg(project.name));
    m_dryRunText->setObjectName(u"dryRunText"_s);
    m_dryRunText->setWordWrap(true);
    for (QTableWidget *t : {m_retention, m_immutable, m_result}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"rulesTabs"_s);
    tabs->addTab(retentionTab(), tr("Tag Retention"));
    tabs->addTab(immutableTab(), tr("Tag Immutability"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 560);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retention, &QTableWidget::itemSelectionChanged, this, &HarborRulesDialog::applyPermissions);
    connect(m_immutable, &QTableWidget::itemSelectionChanged, this, &HarborRulesDialog::applyPermissions);
    connect(m_retention, &QTableWidget::cellDoubleClicked, this, &HarborRulesDialog::editRetention);
    connect(m_immutable, &QTableWidget::cellDoubleClicked, this, &HarborRulesDialog::editImmutable);
    connect(m_addRetention, &QPushButton::clicked, this, [this] { editRetention(-1); });
    connect(m_editRetention, &QPushButton::clicked, this, [this] { editRetention(m_retention->currentRow()); });
    connect(m_addImmutable, &QPushButton::clicked, this, [this] { editImmutable(-1); });
    connect(m_editImmutable, &QPushButton::clicked, this, [this] { editImmutable(m_immutable->currentRow()); });
    connect(m_dryRun, &QPushButton::clicked, this, &HarborRulesDialog::dryRun);
    connect(m_deleteRetention, &QPushButton::clicked, this, [this] {
        const int row = m_retention->currentRow();
        if (row >= 0)
            HarborAdminUi::confirm(this, tr("Delete Rule"), tr("Delete this retention rule?"), tr("Delete"),
                                   [this, row] { removeRetentionRule(row); });
    });
    connect(m_deleteImmutable, &QPushButton::clicked, this, [this] {
        const int row = m_immutable->currentRow();
        if (row >= 0)
            HarborAdminUi::confirm(this, tr("Delete Rule"), tr("Delete this immutability rule? The tags it "
                                                               "protects can be changed again."),
                                   tr("Delete"), [this, row] { removeImmutableRule(row); });
    });
    applyPermissions();
    m_pending = 1;
    HarborAdminUi::permissions(m_admin, HarborAdmin::projectScope(project.id), this,
                               [this](const std::optional<HarborPermissions> &p) {
                                   m_permissions = p;
                                   reload();
                               });
}

QWidget *HarborRulesDialog::retentionTab()
{
    auto *w = new QWidget(this);
    auto *intro = new QLabel(tr("Retention keeps the artifacts some rule retains and deletes the rest of the "
                                "repositories the rules cover."), w);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(intro);
    layout->addWidget(m_retention, 2);
    layout->addLayout(buttonRow({m_addRetention, m_editRetention, m_deleteRetention, m_dryRun}));
    layout->addWidget(m_dryRunText);
    layout->addWidget(m_result, 1);
    m_result->hide();
    return w;
}

QWidget *HarborRulesDialog::immutableTab()
{
    auto *w = new QWidget(this);
    auto *intro = new QLabel(tr("Tags these rules match cannot be pushed over or deleted."), w);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(intro);
    layout->addWidget(m_immutable, 1);
    layout->addLayout(buttonRow({m_addImmutable, m_editImmutable, m_deleteImmutable}));
    return w;
}

QString HarborRulesDialog::dryRunText() const
{
    return m_dryRunText->text();
}

QString HarborRulesDialog::statusText() const
{
    return m_status->text();
}

void HarborRulesDialog::oneDone()
{
    if (m_pending > 0 && --m_pending == 0) {
        populate();
        emit loaded();
    } else if (m_pending == 0) {
        populate();
    }
}

void HarborRulesDialog::reload()
{
    m_pending = 2;
    HarborRequest *project = m_admin->project(m_project.name);
    whenFinished(project, this, [this, project] {
        const qint64 id = project->error() ? 0 : HarborAdmin::retentionIdOf(
                                                     QJsonDocument::fromJson(project->body()).object());
        if (project->error())
            HarborAdminUi::setStatus(m_status, project->error().message);
        m_policy = HarborRetentionPolicy();
        m_policy.projectId = m_project.id;
        if (id <= 0) {
            oneDone();
            return;
        }
        HarborRequest *policy = m_admin->retentionPolicy(id);
        whenFinished(policy, this, [this, policy] {
            if (policy->error())
                HarborAdminUi::setStatus(m_status, policy->error().message);
            else
                m_policy = HarborRetentionPolicy::fromJson(QJsonDocument::fromJson(policy->body()).object());
            m_policy.projectId = m_project.id;
            oneDone();
        });
    });
    HarborListJob *immutable = m_admin->immutableRules(m_project.id);
    whenFinished(immutable, this, [this, immutable] {
        if (immutable->error())
            HarborAdminUi::setStatus(m_status, immutable->error().message);
        m_immutableRules = HarborAdmin::immutableRulesOf(immutable);
        oneDone();
    });
}

void HarborRulesDialog::populate()
{
    auto state = [](bool disabled) { return disabled ? tr("Disabled") : tr("Enabled"); };
    m_retention->setRowCount(0);
    for (const HarborRetentionRule &r : std::as_const(m_policy.rules)) {
        const int row = m_retention->rowCount();
        m_retention->insertRow(row);
        m_retention->setItem(row, 0, new QTableWidgetItem(HarborRuleDialog::describeSelectors(r.repositorySelectors)));
        m_retention->setItem(row, 1, new QTableWidgetItem(HarborRuleDialog::describe(r)));
        m_retention->setItem(row, 2, new QTableWidgetItem(HarborRuleDialog::describeSelectors(r.tagSelectors)));
        m_retention->setItem(row, 3, new QTableWidgetItem(state(r.disabled)));
    }
    m_immutable->setRowCount(0);
    for (const HarborImmutableRule &r : std::as_const(m_immutableRules)) {
        const int row = m_immutable->rowCount();
        m_immutable->insertRow(row);
        m_immutable->setItem(row, 0, new QTableWidgetItem(HarborRuleDialog::describeSelectors(r.repositorySelectors)));
        m_immutable->setItem(row, 1, new QTableWidgetItem(HarborRuleDialog::describeSelectors(r.tagSelectors)));
        m_immutable->setItem(row, 2, new QTableWidgetItem(state(r.disabled)));
    }
    applyPermissions();
}

void HarborRulesDialog::applyPermissions()
{
    auto allows = [this](const QString &resource, const QString &action) {
        return m_pending == 0 && HarborAdminUi::allows(m_permissions, resource, action);
    };
    const bool retentionRow = m_retention->currentRow() >= 0 && !m_retention->selectedItems().isEmpty();
    const bool immutableRow = m_immutable->currentRow() >= 0 && !m_immutable->selectedItems().isEmpty();
    m_addRetention->setEnabled(allows(u"tag-retention"_s, u"create"_s) || allows(u"tag-retention"_s, u"update"_s));
    m_editRetention->setEnabled(retentionRow && allows(u"tag-retention"_s, u"update"_s));
    m_deleteRetention->setEnabled(retentionRow && allows(u"tag-retention"_s, u"update"_s));
    m_dryRun->setEnabled(!m_polling && m_policy.id > 0 && !m_policy.rules.isEmpty()
                         && allows(u"tag-retention"_s, u"operate"_s));
    m_addImmutable->setEnabled(allows(u"immutable-tag"_s, u"create"_s));
    m_editImmutable->setEnabled(immutableRow && allows(u"immutable-tag"_s, u"update"_s));
    m_deleteImmutable->setEnabled(immutableRow && allows(u"immutable-tag"_s, u"delete"_s));
}

void HarborRulesDialog::report(Job *job, const QString &done)
{
    whenFinished(job, this, [this, job, done] {
        HarborAdminUi::setStatus(m_status, job->error() ? job->error().message : done);
        if (!job->error())
            emit changed();
        reload();
    });
}

void HarborRulesDialog::saveRetention(const HarborRetentionPolicy &policy, const QString &done)
{
    // The project has no policy until its first rule: then Harbor makes one and links it.
    report(policy.id > 0 ? m_admin->updateRetentionPolicy(policy) : m_admin->createRetentionPolicy(policy), done);
}

void HarborRulesDialog::addRetentionRule(const HarborRetentionRule &rule)
{
    HarborRetentionPolicy p = m_policy;
    p.rules.append(rule);
    saveRetention(p, tr("Added the retention rule."));
}

void HarborRulesDialog::replaceRetentionRule(int row, const HarborRetentionRule &rule)
{
    HarborRetentionPolicy p = m_policy;
    if (row < 0 || row >= p.rules.size())
        return;
    p.rules[row] = rule;
    saveRetention(p, tr("Changed the retention rule."));
}

void HarborRulesDialog::removeRetentionRule(int row)
{
    HarborRetentionPolicy p = m_policy;
    if (row < 0 || row >= p.rules.size())
        return;
    p.rules.removeAt(row);
    saveRetention(p, tr("Deleted the retention rule."));
}

void HarborRulesDialog::addImmutableRule(const HarborImmutableRule &rule)
{
    report(m_admin->addImmutableRule(m_project.id, rule), tr("Added the immutability rule."));
}

void HarborRulesDialog::replaceImmutableRule(const HarborImmutableRule &rule)
{
    report(m_admin->updateImmutableRule(m_project.id, rule), tr("Changed the immutability rule."));
}

void HarborRulesDialog::removeImmutableRule(int row)
{
    if (row < 0 || row >= m_immutableRules.size())
        return;
    report(m_admin->deleteImmutableRule(m_project.id, m_immutableRules.at(row).id), tr("Deleted the immutability rule."));
}

void HarborRulesDialog::editRetention(int row)
{
    auto *dialog = new HarborRuleDialog(HarborRuleDialog::Kind::Retention, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row >= 0 && row < m_policy.rules.size())
        dialog->setRetentionRule(m_policy.rules.at(row));
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= 0)
            replaceRetentionRule(row, dialog->retentionRule());
        else
            addRetentionRule(dialog->retentionRule());
    });
    dialog->open();
}

void HarborRulesDialog::editImmutable(int row)
{
    auto *dialog = new HarborRuleDialog(HarborRuleDialog::Kind::Immutability, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row >= 0 && row < m_immutableRules.size())
        dialog->setImmutableRule(m_immutableRules.at(row));
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= 0)
            replaceImmutableRule(dialog->immutableRule());
        else
            addImmutableRule(dialog->immutableRule());
    });
    dialog->open();
}

void HarborRulesDialog::dryRun()
{
    if (m_policy.id <= 0)
        return;
    m_polling = true;
    applyPermissions();
    m_dryRunText->setText(tr("Starting a dry run…"));
    HarborRequest *job = m_admin->runRetention(m_policy.id, true);
    whenFinished(job, this, [this, job] {
        if (job->error()) {
            m_polling = false;
            m_dryRunText->setText(job->error().message);
            applyPermissions();
            emit dryRunFinished();
            return;
        }
        // Location: .../executions/{id}; without it, the newest execution is ours.
        const QByteArray location = job->header("Location");
        pollDryRun(location.mid(location.lastIndexOf('/') + 1).toLongLong(), 0);
    });
}

void HarborRulesDialog::pollDryRun(qint64 executionId, int attempt)
{
    HarborListJob *list = m_admin->retentionExecutions(m_policy.id);
    whenFinished(list, this, [this, list, executionId, attempt] {
        std::optional<HarborRetentionExecution> found;
        for (const HarborRetentionExecution &e : HarborAdmin::retentionExecutionsOf(list)) {
            if (executionId > 0 ? e.id == executionId : (!found || e.id > found->id))
                found = e;
        }
        static const QStringList running{u"Running"_s, u"InProgress"_s, u"Pending"_s, u"Scheduled"_s};
        if (!list->error() && (!found || running.contains(found->status)) && attempt < kPollAttempts) {
            m_dryRunText->setText(tr("Dry run running…"));
            QTimer::singleShot(kPollMs, this, [this, executionId, attempt] { pollDryRun(executionId, attempt + 1); });
            return;
        }
        if (list->error() || !found) {
            m_polling = false;
            m_dryRunText->setText(list->error() ? list->error().message : tr("Harbor did not report the dry run."));
            applyPermissions();
            emit dryRunFinished();
            return;
        }
        showDryRun(*found);
    });
}

void HarborRulesDialog::showDryRun(const HarborRetentionExecution &execution)
{
    HarborListJob *tasks = m_admin->retentionTasks(m_policy.id, execution.id);
    whenFinished(tasks, this, [this, tasks, execution] {
        m_polling = false;
        m_result->setRowCount(0);
        int kept = 0, total = 0;
        for (const HarborRetentionTask &t : HarborAdmin::retentionTasksOf(tasks)) {
            const int row = m_result->rowCount();
            m_result->insertRow(row);
            m_result->setItem(row, 0, new QTableWidgetItem(t.repository));
            m_result->setItem(row, 1, new QTableWidgetItem(t.status));
            m_result->setItem(row, 2, new QTableWidgetItem(QString::number(t.retained)));
            m_result->setItem(row, 3, new QTableWidgetItem(QString::number(t.total - t.retained)));
            m_result->setItem(row, 4, new QTableWidgetItem(QString::number(t.total)));
            kept += t.retained;
            total += t.total;
        }
        m_result->setVisible(m_result->rowCount() > 0);
        if (tasks->error())
            m_dryRunText->setText(tasks->error().message);
        else
            m_dryRunText->setText(tr("Dry run %1 (%2): a real run would keep %3 and delete %4 of %n artifacts; "
                                     "nothing was deleted.", nullptr, total)
                                      .arg(execution.id).arg(execution.status).arg(kept).arg(total - kept));
        applyPermissions();
        emit dryRunFinished();
    });
}

} // namespace berth
