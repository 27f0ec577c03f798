#pragma once
// Confirms and runs the deletion of a manifest: names the digest and every tag that goes with it
// before anything is deleted.

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace berth {

class RegistryConnections;

class DeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDialog)
public:
    // reference: a tag (resolved to its digest first) or a digest.
    DeleteDialog(RegistryConnections *connections, const QString &registry, const QString &repository,
                 const QString &reference, QWidget *parent = nullptr);

    QString digest() const { return m_digest; }
    QStringList tags() const { return m_tags; }
    bool isReady() const { return m_ready; }
    QString statusText() const;

    // Runs the delete; the dialog closes (accepted) once the registry confirms.
    void accept() override;

signals:
    void ready();            // digest and tags are known: the Delete button is enabled
    void failed(const QString &message);
    void deleted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void findTags();
    void fail(const QString &message);

    RegistryConnections *m_connections;
    QString m_registry, m_repository, m_reference, m_digest;
    QStringList m_tags;
    QLabel *m_icon;
    QLabel *m_text;
    QListWidget *m_list;
    QLabel *m_note;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_ready = false;
    bool m_deleting = false;
    QString m_error;
};

} // namespace berth
