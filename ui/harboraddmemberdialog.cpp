#include "harboraddmemberdialog.h"

#include "harboradminwidgets.h"
#include "jobwatch.h"

#include "core/harboradmin.h"
#include "core/harborclient.h" // HarborAdmin::client() needs the whole type

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
enum Data { KindRole = Qt::UserRole, IdRole, NameRole, DnRole, GroupTypeRole };
}

HarborAddMemberDialog::HarborAddMemberDialog(HarborAdmin *admin, const QString &authMode, QWidget *parent)
    : QDialog(parent), m_admin(admin), m_ldap(authMode == u"ldap_auth"), m_users(new QRadioButton(tr("&User"), this)),
      m_groups(new QRadioButton(tr("&Group"), this)), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_role(new QComboBox(this)), m_status(HarborAdminUi::statusLine(this)), m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Add Member"));
    m_search->setObjectName(u"memberSearch"_s);
    m_results->setObjectName(u"memberResults"_s);
    m_role->setObjectName(u"memberRole"_s);
    m_users->setObjectName(u"userRadio"_s);
    m_groups->setObjectName(u"groupRadio"_s);
    m_users->setChecked(true);
    // Harbor has groups only when users come from LDAP, OIDC or an HTTP authenticator.
    m_groups->setVisible(!authMode.isEmpty() && authMode != u"db_auth");
    m_search->setPlaceholderText(m_ldap ? tr("Name in Harbor or in LDAP") : tr("Name of a Harbor user"));
    m_search->setClearButtonEnabled(true);
    for (HarborRole r : HarborRoles::all())
        m_role->addItem(HarborRoles::displayName(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(HarborRole::Developer)));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);

    auto *kind = new QHBoxLayout;
    kind->addWidget(m_users);
    kind->addWidget(m_groups);
    kind->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Add a:"), kind);
    form->addRow(tr("&Find:"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(tr("&Role:"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"addButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(460, 380);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, &HarborAddMemberDialog::validate);
    connect(m_debounce, &QTimer::timeout, this, &HarborAddMemberDialog::search);
    connect(m_users, &QRadioButton::toggled, this, &HarborAddMemberDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, &HarborAddMemberDialog::validate);
    connect(m_results, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    validate();
}

void HarborAddMemberDialog::search()
{
    m_debounce->stop();
    m_results->clear();
    const QString text = m_search->text().trimmed();
    const int generation = ++m_generation; // answers to an older search are dropped
    if (text.isEmpty()) {
        validate();
        return;
    }
    auto guard = [this, generation] { return generation == m_generation; };
    if (m_users->isChecked()) {
        ++m_searching;
        HarborListJob *users = m_admin->searchUsers(text);
        whenFinished(users, this, [this, users, guard] {
            if (guard())
                addHits(HarborAdmin::usersOf(users), {});
            searchDone();
        });
        if (m_ldap) {
            ++m_searching;
            HarborRequest *ldap = m_admin->searchLdapUsers(text);
            whenFinished(ldap, this, [this, ldap, guard] {
                if (guard() && !ldap->error())
                    addHits(HarborAdmin::usersOf(ldap->body(), true), {});
                searchDone();
            });
        }
        return;
    }
    ++m_searching;
    HarborListJob *groups = m_admin->userGroups(text);
    whenFinished(groups, this, [this, groups, guard] {
        if (guard())
            addHits({}, HarborAdmin::groupsOf(groups));
        searchDone();
    });
    if (m_ldap) {
        ++m_searching;
        HarborRequest *ldap = m_admin->searchLdapGroups(text);
        whenFinished(ldap, this, [this, ldap, guard] {
            if (guard() && !ldap->error())
                addHits({}, HarborAdmin::groupsOf(ldap->body()));
            searchDone();
        });
    }
}

void HarborAddMemberDialog::addHits(const QList<HarborUserSearchResult> &users, const QList<HarborUserGroup> &groups)
{
    auto known = [this](const QString &name) {
        for (int i = 0; i < m_results->count(); ++i) {
            if (m_results->item(i)->data(NameRole).toString() == name)
                return true;
        }
        return false;
    };
    for (const HarborUserSearchResult &u : users) {
        if (known(u.username))
            continue; // Harbor's own entry for an LDAP user already listed
        QString label = u.username;
        if (!u.realname.isEmpty() && u.realname != u.username)
            label += u" ("_s + u.realname + u')';
        if (u.ldap && u.userId == 0)
            label += u"  — "_s + tr("LDAP, imported when added");
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(KindRole, u"u"_s);
        item->setData(NameRole, u.username);
    }
    for (const HarborUserGroup &g : groups) {
        if (known(g.name))
            continue;
        QString label = g.name;
        if (!g.ldapDn.isEmpty())
            label += u"  — "_s + g.ldapDn;
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(KindRole, u"g"_s);
        item->setData(IdRole, g.id);
        item->setData(NameRole, g.name);
        item->setData(DnRole, g.ldapDn);
        item->setData(GroupTypeRole, g.type);
    }
}

void HarborAddMemberDialog::searchDone()
{
    if (--m_searching > 0)
        return;
    HarborAdminUi::setStatus(m_status, m_results->count() == 0 && !m_search->text().trimmed().isEmpty()
                                           ? tr("Nothing found by that name.")
                                           : QString());
    if (m_results->count() > 0 && m_results->currentRow() < 0)
        m_results->setCurrentRow(0);
    validate();
    emit searched();
}

HarborMemberSpec HarborAddMemberDialog::spec() const
{
    const auto role = HarborRole(m_role->currentData().toInt());
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return HarborMemberSpec::user(m_search->text().trimmed(), role);
    if (item->data(KindRole).toString() == u"u")
        return HarborMemberSpec::user(item->data(NameRole).toString(), role);
    const int id = item->data(IdRole).toInt();
    if (id > 0)
        return HarborMemberSpec::userGroup(id, role);
    return HarborMemberSpec::ldapGroup(item->data(DnRole).toString(), item->data(NameRole).toString(), role);
}

void HarborAddMemberDialog::validate()
{
    // A user may be named directly; a group must come from the search.
    m_ok->setEnabled(m_results->currentItem()
                     || (m_users->isChecked() && !m_search->text().trimmed().isEmpty()));
}

} // namespace berth
