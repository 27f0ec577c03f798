#include "registrydialog.h"

#include "certificatedialog.h"
#include "jobwatch.h"
#include "registryconnections.h"

#include "core/reference.h"
#include "core/netutil.h"
#include "core/registryclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QGridLayout>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

RegistryDialog::RegistryDialog(QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent), m_nam(nam ? nam : net::newAccessManager(this)), m_form(new QFormLayout), m_address(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_username(new QLineEdit(this)), m_password(new QLineEdit(this)), m_proxy(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_passwordHint(new QLabel(this)),
      m_tlsBox(new QGroupBox(this)), m_verify(new QRadioButton(m_tlsBox)), m_caMode(new QRadioButton(m_tlsBox)),
      m_insecure(new QRadioButton(m_tlsBox)), m_caFile(new QLineEdit(m_tlsBox)), m_browse(new QPushButton(m_tlsBox)),
      m_clientCertLabel(new QLabel(m_tlsBox)), m_clientCert(new QLineEdit(m_tlsBox)),
      m_browseCert(new QPushButton(m_tlsBox)), m_clientKeyLabel(new QLabel(m_tlsBox)),
      m_clientKey(new QLineEdit(m_tlsBox)), m_browseKey(new QPushButton(m_tlsBox)),
      m_insecureWarning(new QLabel(m_tlsBox)), m_test(new QPushButton(this)),
      m_showCertificate(new QPushButton(this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_address->setObjectName(u"address"_s);
    m_name->setObjectName(u"displayName"_s);
    m_username->setObjectName(u"username"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile->setObjectName(u"caFile"_s);
    m_proxy->setObjectName(u"proxy"_s);
    m_clientCert->setObjectName(u"clientCertFile"_s);
    m_clientKey->setObjectName(u"clientKeyFile"_s);
    m_clientCertLabel->setBuddy(m_clientCert);
    m_clientKeyLabel->setBuddy(m_clientKey);
    m_showCertificate->setObjectName(u"showCertificate"_s);
    m_showCertificate->setVisible(false);
    m_insecure->setObjectName(u"insecure"_s);
    m_caMode->setObjectName(u"caMode"_s);
    m_test->setObjectName(u"testConnection"_s);
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setEnabled(false);
    m_insecureWarning->setWordWrap(true);
    m_verify->setChecked(true);
    m_address->setMinimumWidth(320);

    for (QLineEdit *field : {m_address, m_name, m_username, m_password}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        m_form->addRow(label, field);
    }
    m_form->addRow(QString(), m_passwordHint);
    auto *proxyLabel = new QLabel(this);
    proxyLabel->setBuddy(m_proxy);
    m_labels << proxyLabel;
    m_form->addRow(proxyLabel, m_proxy);
    m_kind->setObjectName(u"kind"_s);
    for (const RegistryKind kind : {RegistryKind::Auto, RegistryKind::Registry, RegistryKind::Harbor})
        m_kind->addItem(QString(), int(kind));
    auto *kindLabel = new QLabel(this);
    kindLabel->setBuddy(m_kind);
    m_labels << kindLabel;
    m_form->addRow(kindLabel, m_kind);

    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(22, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto *tls = new QVBoxLayout(m_tlsBox);
    tls->addWidget(m_verify);
    tls->addWidget(m_caMode);
    tls->addLayout(caRow);
    tls->addWidget(m_insecure);
    tls->addWidget(m_insecureWarning);
    // Mutual TLS: independent of how the server's certificate is checked.
    auto *clientGrid = new QGridLayout;
    clientGrid->addWidget(m_clientCertLabel, 0, 0);
    clientGrid->addWidget(m_clientCert, 0, 1);
    clientGrid->addWidget(m_browseCert, 0, 2);
    clientGrid->addWidget(m_clientKeyLabel, 1, 0);
    clientGrid->addWidget(m_clientKey, 1, 1);
    clientGrid->addWidget(m_browseKey, 1, 2);
    clientGrid->setColumnStretch(1, 1);
    tls->addSpacing(6);
    tls->addLayout(clientGrid);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_showCertificate);
    testRow->addWidget(m_result, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_tlsBox);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    // Room for a two-line answer, so a long error is never clipped.
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 2);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &RegistryDialog::testConnection);
    connect(m_showCertificate, &QPushButton::clicked, this, &RegistryDialog::showCertificate);
    connect(m_browse, &QPushButton::clicked, this, &RegistryDialog::browseCaFile);
    connect(m_browseCert, &QPushButton::clicked, this, [this] {
        browseFile(m_clientCert, tr("Client Certificate"), tr("Certificates (*.pem *.crt *.cert);;All files (*)"));
    });
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        browseFile(m_clientKey, tr("Client Key"), tr("Keys (*.pem *.key);;All files (*)"));
    });
    connect(m_clientCert, &QLineEdit::textChanged, this, &RegistryDialog::updateState);
    connect(m_clientKey, &QLineEdit::textChanged, this, &RegistryDialog::updateState);
    for (QRadioButton *r : {m_verify, m_caMode, m_insecure})
        connect(r, &QRadioButton::toggled, this, &RegistryDialog::updateState);
    connect(m_address, &QLineEdit::textChanged, this, &RegistryDialog::updateState);
    retranslateUi();
    updateState();
}

void RegistryDialog::setEntry(const RegistryEntry &entry)
{
    m_original = entry;
    m_editing = true;
    m_address->setText(entry.registry);
    m_name->setText(entry.displayName);
    m_username->setText(entry.username);
    m_caFile->setText(entry.caFile);
    m_proxy->setText(entry.proxy);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(entry.kind))));
    m_clientCert->setText(entry.clientCertFile);
    m_clientKey->setText(entry.clientKeyFile);
    (entry.insecure ? m_insecure : entry.caFile.isEmpty() ? m_verify : m_caMode)->setChecked(true);
    retranslateUi();
    updateState();
}

RegistryEntry RegistryDialog::entry() const
{
    RegistryEntry e = m_original;
    e.registry = ImageReference::parseRegistry(m_address->text().trimmed()).value_or(m_address->text().trimmed());
    e.displayName = m_name->text().trimmed();
    e.username = m_username->text().trimmed();
    e.insecure = m_insecure->isChecked();
    e.caFile = m_caMode->isChecked() ? m_caFile->text().trimmed() : QString();
    e.proxy = m_proxy->text().trimmed();
    e.kind = RegistryKind(m_kind->currentData().toInt());
    e.clientCertFile = m_clientCert->text().trimmed();
    e.clientKeyFile = m_clientKey->text().trimmed();
    return e;
}

QString RegistryDialog::secret() const
{
    return m_password->text();
}

QString RegistryDialog::testResult() const
{
    return m_result->text();
}

void RegistryDialog::testConnection()
{
    Error error;
    if (!ImageReference::parseRegistry(m_address->text().trimmed(), &error)) {
        m_result->setText(error.message);
        emit testFinished(false);
        return;
    }
    if (m_client)
        m_client->deleteLater();
    const RegistryEntry e = entry();
    Credentials credentials;
    if (!e.username.isEmpty())
        credentials = Credentials{e.username, secret(), false};
    m_client = new RegistryClient(RegistryConnections::optionsFor(e, credentials), m_nam, this);
    m_testing = true;
    m_tlsProblem = {};
    m_showCertificate->setVisible(false);
    updateState();
    m_result->setText(tr("Connecting to %1…").arg(e.registry));
    RegistryReply *reply = m_client->ping();
    const QPointer<RegistryClient> client = m_client;
    whenFinished(reply, this, [this, reply, client, e] {
        m_testing = false;
        updateState();
        if (reply->error()) {
            // A certificate that did not verify: offer to show it (and to trust exactly it).
            if (reply->error().kind == ErrorKind::Tls && client && !client->lastTlsProblem().chain.isEmpty()) {
                m_tlsProblem = client->lastTlsProblem();
                m_showCertificate->setVisible(true);
            }
            m_result->setText(tr("Failed: %1").arg(reply->error().message));
            emit testFinished(false);
            return;
        }
        const QString url = client ? client->baseUrl().toString() : e.registry;
        m_result->setText(e.username.isEmpty() ? tr("Connected to %1 (anonymously).").arg(url)
                                               : tr("Connected to %1 as %2.").arg(url, e.username));
        emit testFinished(true);
    });
}

void RegistryDialog::showCertificate()
{
    if (m_tlsProblem.chain.isEmpty())
        return;
    auto *dialog = new CertificateDialog(entry().registry, m_tlsProblem.chain, m_tlsProblem.errors, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString pin = dialog->fingerprint();
        if (pin.isEmpty() || m_original.pinnedCertificates.contains(pin))
            return;
        m_original.pinnedCertificates.append(pin);
        testConnection();
    });
    dialog->open();
}

void RegistryDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void RegistryDialog::browseFile(QLineEdit *field, const QString &title, const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(this, title, field->text(), filter);
    if (!file.isEmpty())
        field->setText(file);
}

void RegistryDialog::updateState()
{
    m_caFile->setEnabled(m_caMode->isChecked());
    m_browse->setEnabled(m_caMode->isChecked());
    // Always shown (so the dialog's size accounts for it); it turns red when insecure is chosen.
    m_insecureWarning->setEnabled(m_insecure->isChecked());
    m_insecureWarning->setStyleSheet(m_insecure->isChecked() ? u"color: #b00020;"_s : QString());
    // A client certificate needs its key and the other way round.
    const bool clientPair = m_clientCert->text().trimmed().isEmpty() == m_clientKey->text().trimmed().isEmpty();
    const bool valid = ImageReference::parseRegistry(m_address->text().trimmed()).has_value() && clientPair;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
    m_test->setEnabled(valid && !m_testing);
}

void RegistryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RegistryDialog::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit Registry") : tr("Add Registry"));
    const QStringList labels{tr("&Address:"), tr("Display &name:"), tr("&Username:"), tr("&Password or token:"),
                             tr("Pro&xy:"), tr("&Type:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_address->setPlaceholderText(tr("registry.example.com:5000"));
    m_name->setPlaceholderText(tr("Optional"));
    m_username->setPlaceholderText(tr("Empty for anonymous access"));
    m_passwordHint->setText(m_editing ? tr("Stored in the system keychain. Leave empty to keep the saved password.")
                                      : tr("Stored in the system keychain, never in Berth's settings."));
    m_tlsBox->setTitle(tr("TLS"));
    m_verify->setText(tr("&Verify the certificate with the system's CAs"));
    m_caMode->setText(tr("Verify with this &CA file:"));
    m_browse->setText(tr("&Browse…"));
    m_clientCertLabel->setText(tr("C&lient certificate:"));
    m_clientKeyLabel->setText(tr("Client &key:"));
    m_clientCert->setPlaceholderText(tr("Only for registries that ask for one (mutual TLS)"));
    m_clientKey->setPlaceholderText(tr("The certificate's private key (PEM)"));
    m_browseCert->setText(tr("Browse…"));
    m_browseKey->setText(tr("Browse…"));
    m_insecure->setText(tr("&Insecure: accept any certificate, allow plain HTTP"));
    m_insecureWarning->setText(tr("Warning: anyone on the network can read or change what goes to and from this "
                                  "registry, including your password. Use only for test registries."));
    m_test->setText(tr("&Test Connection"));
    m_showCertificate->setText(tr("Show &Certificate…"));
    m_kind->setItemText(0, tr("Detect (Harbor when its API answers)"));
    m_kind->setItemText(1, tr("Docker Registry (Distribution)"));
    m_kind->setItemText(2, tr("Harbor (projects through its API)"));
    m_proxy->setPlaceholderText(tr("Empty: system proxy or HTTPS_PROXY; \"direct\" for none; http://host:port"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace berth
