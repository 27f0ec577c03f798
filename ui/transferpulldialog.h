#pragma once
// Pull an image to a file: format (OCI image layout folder or docker-archive tar), destination
// and platform.

#include "transferrequest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace berth {

class RegistryConnections;
class TransferPlatformBox;

class TransferPullDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferPullDialog)
public:
    // reference: a tag or digest of a repository; its platforms are read when it is an index.
    TransferPullDialog(RegistryConnections *connections, const ImageReference &reference, QWidget *parent = nullptr);

    void setFormat(TransferRequest::Format format);
    TransferRequest::Format format() const;
    void setDestination(const QString &path);
    QString destination() const;
    TransferPlatformBox *platformBox() const { return m_platform; }
    // Source registry named, its options not yet resolved (MainWindow resolves them).
    TransferRequest request() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void formatChanged();
    void browse();
    void validate();
    QString defaultName() const;

    ImageReference m_reference;
    QLabel *m_title;
    QComboBox *m_format;
    QLabel *m_formatHint;
    QLineEdit *m_path;
    QPushButton *m_browse;
    TransferPlatformBox *m_platform;
    QLabel *m_formatLabel, *m_pathLabel, *m_platformLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace berth
