#pragma once
// Add or edit a registry: address, display name, credentials, TLS, and a connection test.

#include "core/registryclient.h"
#include "core/registrysettings.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;

namespace berth {

class RegistryClient;

class RegistryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryDialog)
public:
    // nam: for the connection test; null makes one of its own.
    explicit RegistryDialog(QNetworkAccessManager *nam, QWidget *parent = nullptr);

    // Fills the fields from a saved entry (editing): the password field then stays empty and
    // empty means "keep the saved one".
    void setEntry(const RegistryEntry &entry);
    RegistryEntry entry() const;
    QString secret() const;
    bool isEditing() const { return m_editing; }

    // Pings the registry with what the fields say; the answer goes to testResult().
    void testConnection();
    QString testResult() const;
    // After a test failed on a certificate: shows it (CertificateDialog, window-modal); trusting it
    // pins it in the entry and tests again.
    void showCertificate();

signals:
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void browseCaFile();
    void browseFile(QLineEdit *field, const QString &title, const QString &filter);

    QNetworkAccessManager *m_nam;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QLineEdit *m_address;
    QLineEdit *m_name;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_proxy;
    QComboBox *m_kind;
    QLabel *m_passwordHint;
    QGroupBox *m_tlsBox;
    QRadioButton *m_verify;
    QRadioButton *m_caMode;
    QRadioButton *m_insecure;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_clientCertLabel;
    QLineEdit *m_clientCert;
    QPushButton *m_browseCert;
    QLabel *m_clientKeyLabel;
    QLineEdit *m_clientKey;
    QPushButton *m_browseKey;
    QLabel *m_insecureWarning;
    QPushButton *m_test;
    QPushButton *m_showCertificate;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPointer<RegistryClient> m_client;
    RegistryEntry m_original;
    RegistryClient::TlsProblem m_tlsProblem;
    bool m_editing = false;
    bool m_testing = false;
};

} // namespace berth
