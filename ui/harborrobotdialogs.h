#pragma once
// A new robot account (name, description, expiry, pull/push/delete per project or on all of them)
// and the dialog that shows its secret the one time Harbor gives it out: copy, or save in the keychain.

#include "core/harboradmintypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace berth {

class CredentialStore;

class HarborRobotCreateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborRobotCreateDialog)
public:
    // project empty: a system-level robot (all projects or the ones listed).
    explicit HarborRobotCreateDialog(const QString &project, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QSpinBox *expiryBox() const { return m_days; } // days; 0: never
    QCheckBox *accessBox(const QString &word) const; // pull, push, delete
    QLineEdit *projectsEdit() const { return m_projects; } // system level; empty: all projects
    HarborRobotSpec spec() const;
    bool canAccept() const;
    QString fullName() const;

private:
    void validate();

    QString m_project;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QSpinBox *m_days;
    QCheckBox *m_pull, *m_push, *m_delete;
    QLineEdit *m_projects = nullptr;
    QLabel *m_preview;
    QPushButton *m_ok;
};

class HarborRobotSecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborRobotSecretDialog)
public:
    // registry: where the keychain entry is saved (the Harbor's host[:port]); store may be null.
    HarborRobotSecretDialog(const QString &registry, const QString &fullName, const QString &secret,
                            CredentialStore *store, QWidget *parent = nullptr);

    QString fullName() const;
    QString secret() const;
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *keychainButton() const { return m_save; }
    QString statusText() const;

signals:
    void saved(); // the keychain has it

private:
    void save();

    QString m_registry;
    QPointer<CredentialStore> m_store;
    QLineEdit *m_name;
    QLineEdit *m_secret;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace berth
