#include "harborrobotsdialog.h"

#include "harboradminwidgets.h"
#include "harborrobotdialogs.h"
#include "jobwatch.h"

#include "core/credentialstore.h"
#include "core/harboradmin.h"
#include "core/harborclient.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
enum Column { NameColumn, AccessColumn, ExpiresColumn, StateColumn, DescriptionColumn };

QString accessText(const HarborRobot &r)
{
    QStringList parts;
    for (const HarborRobotPermission &p : r.permissions) {
        QStringList actions;
        for (const HarborAccess &a : p.access)
            actions << a.resource + u':' + a.action;
        parts << (p.ns == u"*" ? HarborRobotsDialog::tr("all projects") : p.ns) + u": "_s + actions.join(u", "_s);
    }
    return parts.join(u"; "_s);
}
} // namespace

HarborRobotsDialog::HarborRobotsDialog(HarborClient *client, const HarborProject &project, CredentialStore *store,
                                       QWidget *parent)
    : QDialog(parent), m_admin(new HarborAdmin(client, this)), m_project(project), m_store(store),
      m_status(HarborAdminUi::statusLine(this)),
      m_table(HarborAdminUi::table(this, u"robotsTable"_s,
                                   {tr("Robot account"), tr("Permissions"), tr("Expires"), tr("State"),
                                    tr("Description")})),
      m_new(new QPushButton(tr("&New…"), this)), m_refresh(new QPushButton(tr("Refresh &Secret…"), this)),
      m_toggle(new QPushButton(tr("&Disable"), this)), m_delete(new QPushButton(tr("De&lete…"), this))
{
    setWindowTitle(systemLevel() ? tr("System Robot Accounts") : tr("Robot Accounts of %1").arg(project.name));
    m_new->setObjectName(u"newRobotButton"_s);
    m_refresh->setObjectName(u"refreshSecretButton"_s);
    m_toggle->setObjectName(u"toggleRobotButton"_s);
    m_delete->setObjectName(u"deleteRobotButton"_s);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *intro = new QLabel(systemLevel() ? tr("Robot accounts for scripts and CI, with access to several or all "
                                                "projects. Harbor names them robot$name.")
                                           : tr("Robot accounts for scripts and CI in this project. Harbor names "
                                                "them robot$%1+name.").arg(project.name),
                             this);
    intro->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_refresh, m_toggle, m_delete})
        row->addWidget(b);
    row->addStretch();
    row->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addLayout(row);
    resize(760, 400);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &HarborRobotsDialog::openCreate);
    connect(m_refresh, &QPushButton::clicked, this, &HarborRobotsDialog::refreshSecret);
    connect(m_toggle, &QPushButton::clicked, this, &HarborRobotsDialog::toggleSelected);
    connect(m_delete, &QPushButton::clicked, this, &HarborRobotsDialog::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HarborRobotsDialog::updateButtons);
    updateButtons();

    const QString scope = systemLevel() ? u"/system"_s : HarborAdmin::projectScope(project.id);
    HarborAdminUi::permissions(m_admin, scope, this, [this](const std::optional<HarborPermissions> &p) {
        m_permissions = p;
        m_permissionsKnown = true;
        reload();
    });
}

HarborRobotSecretDialog *HarborRobotsDialog::secretDialog() const
{
    return m_secretDialog;
}

QString HarborRobotsDialog::statusText() const
{
    return m_status->text();
}

void HarborRobotsDialog::reload()
{
    HarborListJob *job = m_admin->robots(m_project.id);
    whenFinished(job, this, [this, job] {
        if (job->error())
            HarborAdminUi::setStatus(m_status, job->error().message);
        m_robots = HarborAdmin::robotsOf(job);
        populate();
        if (!m_loaded) {
            m_loaded = true;
            emit loaded();
        }
    });
}

void HarborRobotsDialog::populate()
{
    const int keep = m_table->currentRow();
    m_table->setRowCount(0);
    for (const HarborRobot &r : std::as_const(m_robots)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(r.name));
        m_table->setItem(row, AccessColumn, new QTableWidgetItem(accessText(r)));
        m_table->setItem(row, ExpiresColumn,
                         new QTableWidgetItem(r.expiresAt < 0 ? tr("Never")
                                                              : HarborAdminUi::dateTime(
                                                                    QDateTime::fromSecsSinceEpoch(r.expiresAt))));
        m_table->setItem(row, StateColumn, new QTableWidgetItem(r.disabled ? tr("Disabled") : tr("Enabled")));
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(r.description));
    }
    if (keep >= 0 && keep < m_table->rowCount())
        m_table->selectRow(keep);
    updateButtons();
}

const HarborRobot *HarborRobotsDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_robots.size() && !m_table->selectedItems().isEmpty() ? &m_robots.at(row) : nullptr;
}

void HarborRobotsDialog::updateButtons()
{
    auto allows = [this](const QString &action) {
        return m_permissionsKnown && HarborAdminUi::allows(m_permissions, u"robot"_s, action);
    };
    const HarborRobot *r = selected();
    m_new->setVisible(allows(u"create"_s));
    m_refresh->setVisible(allows(u"update"_s));
    m_toggle->setVisible(allows(u"update"_s));
    m_delete->setVisible(allows(u"delete"_s));
    for (QPushButton *b : {m_refresh, m_toggle, m_delete})
        b->setEnabled(r && r->editable);
    m_toggle->setText(r && r->disabled ? tr("&Enable") : tr("&Disable"));
}

void HarborRobotsDialog::report(Job *job, const QString &done)
{
    whenFinished(job, this, [this, job, done] {
        HarborAdminUi::setStatus(m_status, job->error() ? job->error().message : done);
        reload();
    });
}

void HarborRobotsDialog::openCreate()
{
    auto *dialog = new HarborRobotCreateDialog(systemLevel() ? QString() : m_project.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createRobot(dialog->spec()); });
    dialog->open();
}

void HarborRobotsDialog::createRobot(const HarborRobotSpec &spec)
{
    HarborRequest *job = m_admin->createRobot(spec);
    whenFinished(job, this, [this, job, spec] {
        if (job->error()) {
            HarborAdminUi::setStatus(m_status, job->error().message);
            return;
        }
        const auto created = HarborRobotCreated::fromJson(QJsonDocument::fromJson(job->body()).object());
        const QString name = created.name.isEmpty()
                                 ? HarborAdmin::robotFullName(spec.name, systemLevel() ? QString() : m_project.name)
                                 : created.name;
        HarborAdminUi::setStatus(m_status, tr("Created the robot account %1.").arg(name));
        showSecret(name, created.secret);
        reload();
    });
}

void HarborRobotsDialog::refreshSecret()
{
    const HarborRobot *r = selected();
    if (!r)
        return;
    const qint64 id = r->id;
    const QString name = r->name;
    HarborAdminUi::confirm(this, tr("Refresh Secret"),
                           tr("Give %1 a new secret? The old one stops working at once; scripts that use it "
                              "need the new one.").arg(name),
                           tr("Refresh Secret"), [this, id, name] {
                               HarborRequest *job = m_admin->refreshRobotSecret(id);
                               whenFinished(job, this, [this, job, name] {
                                   if (job->error()) {
                                       HarborAdminUi::setStatus(m_status, job->error().message);
                                       return;
                                   }
                                   HarborAdminUi::setStatus(m_status, tr("%1 has a new secret.").arg(name));
                                   showSecret(name, HarborRobotCreated::fromJson(
                                                        QJsonDocument::fromJson(job->body()).object()).secret);
                               });
                           });
}

void HarborRobotsDialog::showSecret(const QString &fullName, const QString &secret)
{
    auto *dialog = new HarborRobotSecretDialog(m_admin->client()->registry(), fullName, secret, m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog = dialog;
    dialog->open();
    emit secretShown();
}

void HarborRobotsDialog::toggleSelected()
{
    const HarborRobot *r = selected();
    if (!r)
        return;
    const bool disable = !r->disabled;
    report(m_admin->setRobotDisabled(*r, disable),
           disable ? tr("Disabled %1.").arg(r->name) : tr("Enabled %1.").arg(r->name));
}

void HarborRobotsDialog::deleteSelected()
{
    const HarborRobot *r = selected();
    if (!r)
        return;
    const qint64 id = r->id;
    const QString name = r->name;
    HarborAdminUi::confirm(this, tr("Delete Robot Account"),
                           tr("Delete the robot account %1? Anything that signs in with it is refused from "
                              "then on.").arg(name),
                           tr("Delete"), [this, id, name] {
                               report(m_admin->deleteRobot(id), tr("Deleted %1.").arg(name));
                           });
}

} // namespace berth
