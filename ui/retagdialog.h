#pragma once
// Adds another tag to an existing manifest; the tag grammar is checked as the user types.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace berth {

class RegistryConnections;

class RetagDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetagDialog)
public:
    // reference: the tag or digest whose manifest gets the new tag.
    RetagDialog(RegistryConnections *connections, const QString &registry, const QString &repository,
                const QString &reference, QWidget *parent = nullptr);

    QLineEdit *tagEdit() const { return m_edit; }
    QString newTag() const;
    QString statusText() const;
    bool canAccept() const;

    // Puts the manifest under the new tag; closes (accepted) once the registry confirms.
    void accept() override;

signals:
    void retagged(const QString &tag, const QString &digest);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    RegistryConnections *m_connections;
    QString m_registry, m_repository, m_reference;
    QLabel *m_text;
    QLabel *m_label;
    QLineEdit *m_edit;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
    QString m_error;
};

} // namespace berth
