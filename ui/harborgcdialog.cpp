#include "harborgcdialog.h"

#include "format.h"
#include "harboradminwidgets.h"
#include "jobwatch.h"

#include "core/harboradmin.h"
#include "core/harborclient.h" // HarborAdmin::client() needs the whole type

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
enum Column { IdColumn, StatusColumn, KindColumn, StartColumn, EndColumn, FreedColumn, OptionsColumn };
const QStringList kScheduleTypes{u"None"_s, u"Hourly"_s, u"Daily"_s, u"Weekly"_s, u"Custom"_s};
constexpr int kLogsRead = 10; // freed space is read from the newest finished runs' logs
} // namespace

HarborGcDialog::HarborGcDialog(HarborClient *client, QWidget *parent)
    : QDialog(parent), m_admin(new HarborAdmin(client, this)), m_schedule(new QComboBox(this)),
      m_cron(new QLineEdit(this)), m_next(new QLabel(this)), m_saveSchedule(new QPushButton(tr("Save &Schedule"), this)),
      m_untagged(new QCheckBox(tr("Delete &untagged artifacts"), this)), m_dryRun(new QCheckBox(tr("D&ry run"), this)),
      m_run(new QPushButton(tr("&Run Now"), this)),
      m_history(HarborAdminUi::table(this, u"gcHistory"_s,
                                     {tr("ID"), tr("Status"), tr("Trigger"), tr("Started"), tr("Ended"),
                                      tr("Freed"), tr("Options")})),
      m_log(new QPushButton(tr("View &Log"), this)), m_stop(new QPushButton(tr("S&top"), this)),
      m_logView(new QPlainTextEdit(this)), m_status(HarborAdminUi::statusLine(this))
{
    setWindowTitle(tr("Garbage Collection"));
    m_schedule->setObjectName(u"gcSchedule"_s);
    m_cron->setObjectName(u"gcCron"_s);
    m_saveSchedule->setObjectName(u"gcSaveSchedule"_s);
    m_untagged->setObjectName(u"gcDeleteUntagged"_s);
    m_dryRun->setObjectName(u"gcDryRun"_s);
    m_run->setObjectName(u"gcRunNow"_s);
    m_log->setObjectName(u"gcViewLog"_s);
    m_stop->setObjectName(u"gcStop"_s);
    m_logView->setObjectName(u"gcLog"_s);
    m_logView->setReadOnly(true);
    m_logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logView->setPlaceholderText(tr("Select a run and View Log to read what it did."));
    m_schedule->addItems({tr("None"), tr("Hourly"), tr("Daily"), tr("Weekly"), tr("Custom (cron)")});
    m_cron->setPlaceholderText(tr("seconds minutes hours day month weekday, e.g. 0 0 3 * * 6"));
    m_untagged->setToolTip(tr("Also removes artifacts that have no tag left."));
    m_dryRun->setToolTip(tr("Only reports what would be freed; nothing is deleted."));
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);

    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addWidget(m_cron, 1);
    scheduleRow->addWidget(m_saveSchedule);
    auto *scheduleBox = new QGroupBox(tr("Schedule"), this);
    auto *scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addLayout(scheduleRow);
    scheduleLayout->addWidget(m_next);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_untagged);
    runRow->addWidget(m_dryRun);
    runRow->addStretch();
    runRow->addWidget(m_run);
    auto *runBox = new QGroupBox(tr("Run now"), this);
    runBox->setLayout(runRow);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_log);
    historyButtons->addWidget(m_stop);
    historyButtons->addStretch();
    auto *historyPane = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_history);
    historyLayout->addLayout(historyButtons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(historyPane);
    split->addWidget(m_logView);
    split->setSizes({260, 140});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scheduleBox);
    layout->addWidget(runBox);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(780, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &HarborGcDialog::scheduleChanged);
    connect(m_saveSchedule, &QPushButton::clicked, this, &HarborGcDialog::saveSchedule);
    connect(m_run, &QPushButton::clicked, this, &HarborGcDialog::runNow);
    connect(m_log, &QPushButton::clicked, this, &HarborGcDialog::showLog);
    connect(m_history, &QTableWidget::itemSelectionChanged, this, &HarborGcDialog::updateButtons);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        const int id = selectedId();
        if (id <= 0)
            return;
        HarborRequest *job = m_admin->stopGc(id);
        whenFinished(job, this, [this, job, id] {
            HarborAdminUi::setStatus(m_status, job->error() ? job->error().message
                                                            : tr("Asked Harbor to stop run %1.").arg(id));
            reload();
        });
    });
    scheduleChanged();
    updateButtons();

    HarborAdminUi::permissions(m_admin, u"/system"_s, this, [this](const std::optional<HarborPermissions> &p) {
        m_permissions = p;
        reload();
    });
}

QString HarborGcDialog::statusText() const
{
    return m_status->text();
}

void HarborGcDialog::explainPlainRegistry(const QString &registry, QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Garbage Collection"),
                                tr("%1 is a plain registry.").arg(registry), QMessageBox::Close, parent);
    box->setObjectName(u"plainGcExplanation"_s);
    box->setInformativeText(HarborAdmin::plainRegistryGcExplanation() + u"\n\n"_s
                            + tr("On the server, after deleting:") + u"\n"_s
                            + u"registry garbage-collect /etc/docker/registry/config.yml\n"_s
                            + u"docker-registry garbage-collect /etc/docker/registry/config.yml\n\n"_s
                            + tr("Add --dry-run to see what would be removed, and --delete-untagged to also "
                                 "remove manifests that no tag points to."));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void HarborGcDialog::reload()
{
    HarborRequest *schedule = m_admin->gcSchedule();
    whenFinished(schedule, this, [this, schedule] {
        if (schedule->error()) {
            HarborAdminUi::setStatus(m_status, schedule->error().message);
        } else {
            m_current = HarborGcSchedule::fromJson(QJsonDocument::fromJson(schedule->body()).object());
            m_hasSchedule = !m_current.schedule.type.isEmpty() && m_current.schedule.type != u"None";
            const int i = int(kScheduleTypes.indexOf(m_current.schedule.type));
            m_schedule->setCurrentIndex(i < 0 ? 0 : i);
            m_cron->setText(m_current.schedule.cron);
            m_next->setText(m_current.schedule.next.isValid()
                                ? tr("Next run: %1").arg(HarborAdminUi::dateTime(m_current.schedule.next))
                                : QString());
            m_next->setVisible(!m_next->text().isEmpty());
        }
    });
    HarborListJob *history = m_admin->gcHistory();
    whenFinished(history, this, [this, history] {
        if (history->error())
            HarborAdminUi::setStatus(m_status, history->error().message);
        m_runs = HarborAdmin::gcRunsOf(history);
        populate();
        readFreedSpace();
        emit historyLoaded();
        if (!m_loaded) {
            m_loaded = true;
            emit loaded();
        }
    });
}

void HarborGcDialog::populate()
{
    const int keep = selectedId();
    m_history->setRowCount(0);
    for (const HarborGcRun &r : std::as_const(m_runs)) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        auto *id = new QTableWidgetItem(QString::number(r.id));
        id->setData(Qt::UserRole, r.id);
        m_history->setItem(row, IdColumn, id);
        m_history->setItem(row, StatusColumn, new QTableWidgetItem(r.status));
        m_history->setItem(row, KindColumn,
                           new QTableWidgetItem(r.kind.compare(u"Manual"_s, Qt::CaseInsensitive) == 0
                                                    ? tr("Manual") : tr("Schedule")));
        m_history->setItem(row, StartColumn, new QTableWidgetItem(HarborAdminUi::dateTime(r.start)));
        m_history->setItem(row, EndColumn,
                           new QTableWidgetItem(r.isFinished() ? HarborAdminUi::dateTime(r.end) : QString()));
        QString freed;
        if (r.freedBytes >= 0)
            freed = r.dryRun ? tr("%1 (would free)").arg(Format::size(r.freedBytes)) : Format::size(r.freedBytes);
        m_history->setItem(row, FreedColumn, new QTableWidgetItem(freed));
        QStringList options;
        if (r.dryRun)
            options << tr("dry run");
        if (r.deleteUntagged)
            options << tr("delete untagged");
        m_history->setItem(row, OptionsColumn, new QTableWidgetItem(options.join(u", "_s)));
        if (r.id == keep)
            m_history->selectRow(row);
    }
    updateButtons();
}

// The history does not say how much was freed; each finished run's log does.
void HarborGcDialog::readFreedSpace()
{
    int asked = 0;
    for (const HarborGcRun &r : std::as_const(m_runs)) {
        if (!r.isFinished() || r.freedBytes >= 0 || asked++ >= kLogsRead)
            continue;
        HarborRequest *log = m_admin->gcLog(r.id);
        whenFinished(log, this, [this, log, id = r.id] {
            if (log->error())
                return;
            for (HarborGcRun &run : m_runs) {
                if (run.id == id)
                    run.applyLog(log->body());
            }
            populate();
        });
    }
}

int HarborGcDialog::selectedId() const
{
    const int row = m_history->currentRow();
    if (row < 0 || m_history->selectedItems().isEmpty())
        return 0;
    return m_history->item(row, IdColumn)->data(Qt::UserRole).toInt();
}

void HarborGcDialog::updateButtons()
{
    const auto allows = [this](const QString &action) {
        return HarborAdminUi::allows(m_permissions, u"garbage-collection"_s, action);
    };
    m_run->setEnabled(allows(u"create"_s));
    m_saveSchedule->setEnabled(allows(u"update"_s) || allows(u"create"_s));
    const int id = selectedId();
    m_log->setEnabled(id > 0);
    bool running = false;
    for (const HarborGcRun &r : std::as_const(m_runs)) {
        if (r.id == id)
            running = r.isRunning();
    }
    m_stop->setEnabled(running && allows(u"stop"_s));
}

void HarborGcDialog::scheduleChanged()
{
    const bool custom = m_schedule->currentIndex() == 4;
    m_cron->setEnabled(custom);
    if (!custom)
        m_cron->setText(HarborSchedule::cronFor(kScheduleTypes.value(m_schedule->currentIndex())));
}

void HarborGcDialog::saveSchedule()
{
    HarborGcSchedule s = m_current;
    s.schedule.type = kScheduleTypes.value(m_schedule->currentIndex());
    s.schedule.cron = s.schedule.type == u"Custom" ? m_cron->text().trimmed() : QString();
    s.deleteUntagged = m_untagged->isChecked();
    s.dryRun = false;
    if (s.schedule.type == u"Custom" && s.schedule.cron.split(u' ', Qt::SkipEmptyParts).size() != 6) {
        HarborAdminUi::setStatus(m_status, tr("A cron expression for Harbor has six fields, seconds first."));
        return;
    }
    if (!m_hasSchedule && s.schedule.type == u"None") {
        HarborAdminUi::setStatus(m_status, tr("There is no schedule to remove."));
        return;
    }
    HarborRequest *job = m_hasSchedule ? m_admin->setGcSchedule(s) : m_admin->createGcSchedule(s);
    whenFinished(job, this, [this, job] {
        HarborAdminUi::setStatus(m_status, job->error() ? job->error().message : tr("Saved the schedule."));
        reload();
    });
}

void HarborGcDialog::runNow()
{
    const bool dry = m_dryRun->isChecked();
    HarborRequest *job = m_admin->runGc(m_untagged->isChecked(), dry);
    whenFinished(job, this, [this, job, dry] {
        HarborAdminUi::setStatus(m_status, job->error() ? job->error().message
                                 : dry ? tr("Started a dry run; it reports what would be freed.")
                                       : tr("Started garbage collection."));
        reload();
    });
}

void HarborGcDialog::showLog()
{
    const int id = selectedId();
    if (id <= 0)
        return;
    HarborRequest *log = m_admin->gcLog(id);
    whenFinished(log, this, [this, log, id] {
        if (log->error()) {
            m_logView->setPlainText(log->error().message);
        } else {
            m_logView->setPlainText(QString::fromUtf8(log->body()));
            for (HarborGcRun &run : m_runs) {
                if (run.id == id)
                    run.applyLog(log->body());
            }
            populate();
        }
        emit logShown();
    });
}

} // namespace berth
