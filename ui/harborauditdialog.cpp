#include "harborauditdialog.h"

#include "harboradminwidgets.h"
#include "jobwatch.h"

#include "core/harboradmin.h"
#include "core/harborclient.h" // HarborAdmin::client() needs the whole type

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
enum Column { TimeColumn, UserColumn, OperationColumn, TypeColumn, ResourceColumn, ResultColumn };
// Harbor's sortable fields, by column.
const QStringList kSortFields{u"op_time"_s, u"username"_s, u"operation"_s, u"resource_type"_s, u"resource"_s, {}};
} // namespace

HarborAuditDialog::HarborAuditDialog(HarborClient *client, QWidget *parent)
    : QDialog(parent), m_admin(new HarborAdmin(client, this)), m_user(new QLineEdit(this)),
      m_operation(new QComboBox(this)), m_resourceType(new QComboBox(this)), m_resource(new QLineEdit(this)),
      m_fromOn(new QCheckBox(tr("&From:"), this)), m_from(new QDateTimeEdit(this)), m_toOn(new QCheckBox(tr("&To:"), this)),
      m_to(new QDateTimeEdit(this)),
      m_table(HarborAdminUi::table(this, u"auditTable"_s,
                                   {tr("Time"), tr("User"), tr("Operation"), tr("Resource type"), tr("Resource"),
                                    tr("Result")})),
      m_previous(new QPushButton(tr("&Previous"), this)), m_next(new QPushButton(tr("&Next"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_page(new QLabel(this)),
      m_status(HarborAdminUi::statusLine(this))
{
    setWindowTitle(tr("Audit Log"));
    m_query.pageSize = 50;
    m_user->setObjectName(u"auditUser"_s);
    m_resource->setObjectName(u"auditResource"_s);
    m_operation->setObjectName(u"auditOperation"_s);
    m_resourceType->setObjectName(u"auditResourceType"_s);
    m_previous->setObjectName(u"auditPrevious"_s);
    m_next->setObjectName(u"auditNext"_s);
    m_export->setObjectName(u"auditExport"_s);
    m_page->setObjectName(u"auditPage"_s);
    m_user->setPlaceholderText(tr("any user"));
    m_resource->setPlaceholderText(tr("any resource"));
    for (QLineEdit *e : {m_user, m_resource})
        e->setClearButtonEnabled(true);
    m_operation->addItem(tr("Any operation"), QString());
    for (const QString &op : {u"create"_s, u"delete"_s, u"update"_s, u"pull"_s})
        m_operation->addItem(op, op);
    m_resourceType->addItem(tr("Any resource type"), QString());
    for (const QString &t : {u"artifact"_s, u"project"_s, u"repository"_s, u"tag"_s, u"robot"_s,
                             u"project_member"_s, u"user"_s, u"user_login_logout"_s, u"configuration"_s,
                             u"replication"_s, u"retention"_s, u"gc"_s})
        m_resourceType->addItem(t, t);
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addDays(-7));
    m_to->setDateTime(now);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->setColumnWidth(TimeColumn, 150);
    m_table->setColumnWidth(UserColumn, 110);
    m_table->setColumnWidth(OperationColumn, 90);
    m_table->setColumnWidth(TypeColumn, 110);
    m_table->setColumnWidth(ResourceColumn, 260);

    auto *search = new QPushButton(tr("&Search"), this);
    search->setObjectName(u"auditSearch"_s);
    search->setDefault(true);
    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("User:"), this), 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(new QLabel(tr("Operation:"), this), 0, 2);
    filters->addWidget(m_operation, 0, 3);
    filters->addWidget(new QLabel(tr("Resource type:"), this), 0, 4);
    filters->addWidget(m_resourceType, 0, 5);
    filters->addWidget(new QLabel(tr("Resource:"), this), 1, 0);
    filters->addWidget(m_resource, 1, 1);
    filters->addWidget(m_fromOn, 1, 2);
    filters->addWidget(m_from, 1, 3);
    filters->addWidget(m_toOn, 1, 4);
    filters->addWidget(m_to, 1, 5);
    filters->addWidget(search, 1, 6);
    filters->setColumnStretch(1, 1);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_previous);
    paging->addWidget(m_page);
    paging->addWidget(m_next);
    paging->addStretch();
    paging->addWidget(m_export);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(paging);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(search, &QPushButton::clicked, this, &HarborAuditDialog::search);
    connect(m_user, &QLineEdit::returnPressed, this, &HarborAuditDialog::search);
    connect(m_resource, &QLineEdit::returnPressed, this, &HarborAuditDialog::search);
    connect(m_previous, &QPushButton::clicked, this, [this] { goToPage(m_query.page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToPage(m_query.page + 1); });
    connect(m_export, &QPushButton::clicked, this, &HarborAuditDialog::chooseExportFile);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &HarborAuditDialog::sortBy);
    load();
}

QString HarborAuditDialog::pageText() const
{
    return m_page->text();
}

QString HarborAuditDialog::statusText() const
{
    return m_status->text();
}

int HarborAuditDialog::pageCount() const
{
    return m_total <= 0 ? 1 : int((m_total + m_query.pageSize - 1) / m_query.pageSize);
}

void HarborAuditDialog::setPageSize(int size)
{
    m_query.pageSize = qMax(1, size);
    m_query.page = 1;
    load();
}

void HarborAuditDialog::search()
{
    m_query.username = m_user->text().trimmed();
    m_query.resource = m_resource->text().trimmed();
    m_query.operation = m_operation->currentData().toString();
    m_query.resourceType = m_resourceType->currentData().toString();
    m_query.from = m_fromOn->isChecked() ? m_from->dateTime() : QDateTime();
    m_query.to = m_toOn->isChecked() ? m_to->dateTime() : QDateTime();
    m_query.page = 1;
    load();
}

void HarborAuditDialog::goToPage(int page)
{
    m_query.page = qBound(1, page, pageCount());
    load();
}

void HarborAuditDialog::sortBy(int column)
{
    const QString field = kSortFields.value(column);
    QHeaderView *header = m_table->horizontalHeader();
    if (field.isEmpty()) { // Harbor cannot sort by result: keep the order it has
        header->setSortIndicator(kSortFields.indexOf(m_query.sort.mid(m_query.sort.startsWith(u'-') ? 1 : 0)),
                                 m_query.sort.startsWith(u'-') ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    const bool descending = m_query.sort == field; // the same column again: reverse
    m_query.sort = descending ? u'-' + field : field;
    header->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_query.page = 1;
    load();
}

void HarborAuditDialog::load()
{
    m_loading = true;
    const int generation = ++m_generation; // a slow answer to an older page is dropped
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    HarborRequest *job = m_admin->auditLogs(m_query);
    whenFinished(job, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_table->setRowCount(0);
        if (job->error()) {
            HarborAdminUi::setStatus(m_status, job->error().message);
            m_total = -1;
        } else {
            HarborAdminUi::setStatus(m_status, QString());
            m_total = HarborAdmin::totalCountOf(job);
            for (const HarborAuditLog &l : HarborAdmin::auditLogsOf(job->body())) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_table->setItem(row, TimeColumn, new QTableWidgetItem(HarborAdminUi::dateTime(l.time)));
                m_table->setItem(row, UserColumn, new QTableWidgetItem(l.username));
                m_table->setItem(row, OperationColumn, new QTableWidgetItem(l.operation));
                m_table->setItem(row, TypeColumn, new QTableWidgetItem(l.resourceType));
                auto *resource = new QTableWidgetItem(l.resource);
                resource->setToolTip(l.description.isEmpty() ? l.resource : l.description);
                m_table->setItem(row, ResourceColumn, resource);
                m_table->setItem(row, ResultColumn, new QTableWidgetItem(l.success ? tr("Success") : tr("Failed")));
            }
        }
        m_page->setText(m_total < 0 ? QString()
                                    : tr("Page %1 of %2 (%n entries)", nullptr, int(m_total))
                                          .arg(m_query.page).arg(pageCount()));
        m_previous->setEnabled(m_query.page > 1);
        m_next->setEnabled(m_query.page < pageCount());
        emit pageLoaded();
    });
}

void HarborAuditDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export Audit Log"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                       + u"/harbor-audit-log.csv"_s,
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(u"auditExportFile"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &HarborAuditDialog::exportCsv);
    dialog->open();
}

void HarborAuditDialog::exportCsv(const QString &path)
{
    m_export->setEnabled(false);
    HarborAdminUi::setStatus(m_status, tr("Exporting to %1…").arg(path));
    HarborListJob *job = m_admin->allAuditLogs(m_query);
    whenFinished(job, this, [this, job, path] {
        m_export->setEnabled(true);
        if (job->error()) {
            HarborAdminUi::setStatus(m_status, job->error().message);
            emit exported(path, -1);
            return;
        }
        const QList<HarborAuditLog> logs = HarborAdmin::auditLogsOf(job);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(HarborAuditLog::toCsv(logs)) < 0 || !file.commit()) {
            HarborAdminUi::setStatus(m_status, tr("Could not write %1: %2").arg(path, file.errorString()));
            emit exported(path, -1);
            return;
        }
        HarborAdminUi::setStatus(m_status, tr("Exported %n entries to %1.", nullptr, int(logs.size())).arg(path));
        emit exported(path, int(logs.size()));
    });
}

} // namespace berth
