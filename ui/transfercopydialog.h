#pragma once
// Copy an image to another saved registry (or another name in the same one): target registry,
// repository and tag prefilled with the same path, all platforms or one.

#include "transferrequest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace berth {

class RegistryConnections;
class TransferPlatformBox;

class TransferCopyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferCopyDialog)
public:
    TransferCopyDialog(RegistryConnections *connections, const ImageReference &from, QWidget *parent = nullptr);

    void setTargetRegistry(const QString &registry);
    QString targetRegistry() const;
    void setRepository(const QString &repository);
    void setTag(const QString &tag);
    TransferPlatformBox *platformBox() const { return m_platform; }
    // Registries named, their options not yet resolved (MainWindow resolves them).
    TransferRequest request() const;
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    ImageReference m_from;
    QLabel *m_title;
    QComboBox *m_registry;
    QLineEdit *m_repository;
    QLineEdit *m_tag;
    TransferPlatformBox *m_platform;
    QLabel *m_problem;
    QLabel *m_registryLabel, *m_repositoryLabel, *m_tagLabel, *m_platformLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace berth
