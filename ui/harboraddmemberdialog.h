#pragma once
// Finds a user or group to add to a Harbor project (Harbor's users and groups, LDAP's where Harbor
// authenticates against LDAP) and picks the role.

#include "core/harboradmintypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;

namespace berth {

class HarborAdmin;

class HarborAddMemberDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborAddMemberDialog)
public:
    // authMode: Harbor's auth_mode (db_auth, ldap_auth, oidc_auth, http_auth); groups exist outside db_auth.
    HarborAddMemberDialog(HarborAdmin *admin, const QString &authMode, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QComboBox *roleBox() const { return m_role; }
    QRadioButton *groupButton() const { return m_groups; }
    // The selected hit, or the typed user name (Harbor imports an LDAP user by name).
    HarborMemberSpec spec() const;
    bool isSearching() const { return m_searching > 0; }
    void search();

signals:
    void searched();

private:
    void addHits(const QList<HarborUserSearchResult> &users, const QList<HarborUserGroup> &groups);
    void searchDone();
    void validate();

    HarborAdmin *m_admin;
    bool m_ldap;
    QRadioButton *m_users;
    QRadioButton *m_groups;
    QLineEdit *m_search;
    QListWidget *m_results;
    QComboBox *m_role;
    QLabel *m_status;
    QPushButton *m_ok;
    QTimer *m_debounce;
    int m_searching = 0;
    int m_generation = 0;
};

} // namespace berth
