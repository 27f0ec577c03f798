#include "harbormembersdialog.h"

#include "harboraddmemberdialog.h"
#include "harboradminwidgets.h"
#include "jobwatch.h"

#include "core/harboradmin.h"
#include "core/harborclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
enum Column { NameColumn, TypeColumn, RoleColumn };
}

HarborMembersDialog::HarborMembersDialog(HarborClient *client, const HarborProject &project, QWidget *parent)
    : QDialog(parent), m_admin(new HarborAdmin(client, this)), m_project(project),
      m_status(HarborAdminUi::statusLine(this)),
      m_table(HarborAdminUi::table(this, u"membersTable"_s, {tr("Member"), tr("Type"), tr("Role")})),
      m_add(new QPushButton(tr("&Add…"), this)), m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Members of %1").arg(project.name));
    m_add->setObjectName(u"addMemberButton"_s);
    m_remove->setObjectName(u"removeMemberButton"_s);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(RoleColumn, 170);
    auto *intro = new QLabel(tr("Users and groups with access to the project. A member's role decides what "
                                "they may do: Project Admin, Maintainer, Developer, Guest or Limited Guest."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *side = new QHBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_remove);
    side->addStretch();
    side->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addLayout(side);
    resize(600, 420);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &HarborMembersDialog::openAdd);
    connect(m_remove, &QPushButton::clicked, this, &HarborMembersDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HarborMembersDialog::applyPermissions);
    m_add->setEnabled(false);
    m_remove->setEnabled(false);

    m_pending = 2;
    HarborAdminUi::permissions(m_admin, HarborAdmin::projectScope(project.id), this,
                               [this](const std::optional<HarborPermissions> &p) {
                                   m_permissions = p;
                                   oneDone();
                               });
    // The auth mode decides where users and groups are found (Harbor's own, or LDAP too).
    HarborDetectJob *detect = client->detect();
    whenFinished(detect, this, [this, detect] {
        m_authMode = detect->info().authMode;
        reload();
    });
}

QString HarborMembersDialog::statusText() const
{
    return m_status->text();
}

bool HarborMembersDialog::canChangeRoles() const
{
    return HarborAdminUi::allows(m_permissions, u"member"_s, u"update"_s);
}

void HarborMembersDialog::reload()
{
    HarborListJob *job = m_admin->members(m_project.id);
    whenFinished(job, this, [this, job] {
        if (job->error())
            HarborAdminUi::setStatus(m_status, job->error().message);
        m_members = HarborAdmin::membersOf(job);
        if (m_pending > 0)
            oneDone();
        else
            populate(m_members);
    });
}

void HarborMembersDialog::oneDone()
{
    if (--m_pending > 0)
        return;
    populate(m_members);
    emit loaded();
}

void HarborMembersDialog::populate(const QList<HarborMember> &members)
{
    m_table->setRowCount(0);
    const bool editable = canChangeRoles();
    for (const HarborMember &m : members) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(m.name);
        name->setData(Qt::UserRole, m.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, TypeColumn, new QTableWidgetItem(m.isGroup() ? tr("Group") : tr("User")));
        const auto role = HarborRole(m.roleId);
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(HarborRoles::displayName(role)));
        if (!editable)
            continue;
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(u"roleCombo"_s);
        for (HarborRole r : HarborRoles::all())
            combo->addItem(HarborRoles::displayName(r), int(r));
        combo->setCurrentIndex(combo->findData(int(role)));
        m_table->setCellWidget(row, RoleColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, id = m.id] {
            changeRole(id, HarborRole(combo->currentData().toInt()));
        });
    }
    applyPermissions();
}

void HarborMembersDialog::applyPermissions()
{
    if (m_pending > 0)
        return;
    m_add->setVisible(HarborAdminUi::allows(m_permissions, u"member"_s, u"create"_s));
    m_add->setEnabled(true);
    m_remove->setVisible(HarborAdminUi::allows(m_permissions, u"member"_s, u"delete"_s));
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

void HarborMembersDialog::report(Job *job, const QString &done)
{
    whenFinished(job, this, [this, job, done] {
        HarborAdminUi::setStatus(m_status, job->error() ? job->error().message : done);
        if (!job->error())
            emit changed();
        reload();
    });
}

void HarborMembersDialog::changeRole(int memberId, HarborRole role)
{
    QString name;
    for (const HarborMember &m : std::as_const(m_members)) {
        if (m.id == memberId)
            name = m.name;
    }
    report(m_admin->setMemberRole(m_project.id, memberId, role),
           tr("%1 is now %2.").arg(name, HarborRoles::displayName(role)));
}

void HarborMembersDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, NameColumn)->text();
    const int id = m_table->item(row, NameColumn)->data(Qt::UserRole).toInt();
    HarborAdminUi::confirm(this, tr("Remove Member"),
                           tr("Remove %1 from the project %2? They lose the access their role gave them.")
                               .arg(name, m_project.name),
                           tr("Remove"), [this, id, name] {
                               report(m_admin->removeMember(m_project.id, id), tr("Removed %1.").arg(name));
                           });
}

void HarborMembersDialog::addMember(const HarborMemberSpec &spec)
{
    const QString who = spec.group ? (spec.groupName.isEmpty() ? spec.ldapGroupDn : spec.groupName) : spec.username;
    report(m_admin->addMember(m_project.id, spec),
           tr("Added %1 as %2.").arg(who, HarborRoles::displayName(spec.role)));
}

void HarborMembersDialog::openAdd()
{
    auto *dialog = new HarborAddMemberDialog(m_admin, m_authMode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addMember(dialog->spec()); });
    dialog->open();
}

} // namespace berth
