#pragma once
// Push an OCI image layout folder or a docker-archive tar to a repository:tag of a saved registry.
// Compact form (a drop on the tree): the source and registry are given, only the name and tag asked.

#include "transferrequest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace berth {

class RegistryConnections;

class TransferPushDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferPushDialog)
public:
    // registry, repository, tag: prefilled from the selection (may be empty).
    TransferPushDialog(RegistryConnections *connections, const QString &registry, const QString &repository,
                       const QString &tag, QWidget *parent = nullptr);

    void setSource(const QString &path);
    QString source() const;
    // Source and registry are shown, not asked (a dropped file on a registry or repository).
    void setCompact(bool compact);
    QString registry() const;
    void setRepository(const QString &repository);
    QString repository() const;
    void setTag(const QString &tag);
    QString tag() const;
    // Target registry named, its options not yet resolved (MainWindow resolves them).
    TransferRequest request() const;
    // Why the Push button is disabled; empty when it is not.
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void browse(bool folder);

    QLabel *m_title;
    QLineEdit *m_source;
    QPushButton *m_folder;
    QPushButton *m_file;
    QLabel *m_sourceHint;
    QComboBox *m_registry;
    QLineEdit *m_repository;
    QLineEdit *m_tag;
    QLabel *m_problem;
    QLabel *m_sourceLabel, *m_registryLabel, *m_repositoryLabel, *m_tagLabel;
    QWidget *m_sourceRow;
    QDialogButtonBox *m_buttons;
    bool m_compact = false;
};

} // namespace berth
