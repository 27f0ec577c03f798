#pragma once
// Shows a registry's certificate that did not verify (subject, issuer, SHA-256 fingerprint,
// validity, the TLS errors) and lets the user trust exactly that certificate for that registry.

#include <QDialog>
#include <QSslCertificate>
#include <QSslError>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace berth {

class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)
public:
    // chain: leaf first.
    CertificateDialog(const QString &registry, const QList<QSslCertificate> &chain, const QList<QSslError> &errors,
                      QWidget *parent = nullptr);

    // What accept() means: pin this (net::sha256Fingerprint of the leaf).
    QString fingerprint() const;
    // The text shown, for tests and copying.
    QString details() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_registry;
    QList<QSslCertificate> m_chain;
    QList<QSslError> m_errors;
    QLabel *m_intro;
    QPlainTextEdit *m_details;
    QPushButton *m_trust;
    QPushButton *m_cancel;
};

} // namespace berth
