#include "replicationendpointdialog.h"

#include "jobwatch.h"

#include "core/harborreplication.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr qint64 kMaxPemFile = 1024 * 1024;

QString readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxPemFile)
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

ReplicationEndpointDialog::ReplicationEndpointDialog(HarborReplication *replication, const HarborEndpoint &existing,
                                                     QWidget *parent)
    : QDialog(parent), m_replication(replication), m_existing(existing), m_provider(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_description(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_region(new QComboBox(this)), m_urlNote(new QLabel(this)), m_accessKey(new QLineEdit(this)),
      m_secret(new QLineEdit(this)), m_secretFile(new QPushButton(tr("Load Key File…"), this)),
      m_verify(new QCheckBox(tr("&Verify the endpoint's certificate"), this)), m_ca(new QPlainTextEdit(this)),
      m_caFile(new QPushButton(tr("Load from File…"), this)), m_test(new QPushButton(tr("&Test Connection"), this)),
      m_testResult(new QLabel(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_save(m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(existing.id ? tr("Edit Endpoint %1").arg(existing.name) : tr("New Replication Endpoint"));
    m_provider->setObjectName(u"provider"_s);
    m_name->setObjectName(u"name"_s);
    m_description->setObjectName(u"description"_s);
    m_url->setObjectName(u"url"_s);
    m_region->setObjectName(u"region"_s);
    m_urlNote->setObjectName(u"urlNote"_s);
    m_accessKey->setObjectName(u"accessKey"_s);
    m_secret->setObjectName(u"accessSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretFile->setObjectName(u"secretFile"_s);
    m_verify->setObjectName(u"verifyCert"_s);
    m_ca->setObjectName(u"caCertificate"_s);
    m_caFile->setObjectName(u"caFile"_s);
    m_test->setObjectName(u"testConnection"_s);
    m_testResult->setObjectName(u"testResult"_s);
    m_status->setObjectName(u"status"_s);
    m_save->setObjectName(u"saveButton"_s);
    for (QLabel *l : {m_testResult, m_status, m_urlNote}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_urlNote->setVisible(false);
    m_url->setPlaceholderText(tr("https://registry.example.com"));
    m_name->setPlaceholderText(tr("a name for this endpoint in Harbor"));
    m_ca->setPlaceholderText(tr("Optional: the PEM certificate of the CA that signed the endpoint's certificate"));
    m_ca->setTabChangesFocus(true);
    m_ca->setMaximumHeight(m_ca->fontMetrics().lineSpacing() * 5);
    m_verify->setChecked(!existing.insecure);
    m_verify->setToolTip(tr("Harbor checks the endpoint's TLS certificate. Turn this off only for an endpoint "
                            "with a self-signed certificate you cannot give as CA certificate."));

    m_name->setText(existing.name);
    m_description->setText(existing.description);
    m_url->setText(existing.url);
    m_accessKey->setText(existing.accessKey);
    m_ca->setPlainText(existing.caCertificate);
    if (existing.id)
        m_secret->setPlaceholderText(tr("unchanged"));
    m_provider->setEnabled(!existing.id); // Harbor keeps an endpoint's type

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_region, 1);
    m_region->setVisible(false);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_secretFile);
    m_secretFile->setVisible(false);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_caFile, 0, Qt::AlignTop);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    // Rows holding a layout get their label's buddy by hand, or the & shows.
    auto buddy = [this](const QString &text, QWidget *to) {
        auto *label = new QLabel(text, this);
        label->setBuddy(to);
        return label;
    };
    form->addRow(buddy(tr("Endpoint &URL:"), m_url), urlRow);
    form->addRow(QString(), m_urlNote);
    form->addRow(tr("&Access ID:"), m_accessKey);
    form->addRow(buddy(tr("Access &secret:"), m_secret), secretRow);
    form->addRow(QString(), m_verify);
    form->addRow(buddy(tr("&CA certificate:"), m_ca), caRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReplicationEndpointDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ReplicationEndpointDialog::applyProvider);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ReplicationEndpointDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &ReplicationEndpointDialog::testConnection);
    connect(m_caFile, &QPushButton::clicked, this, &ReplicationEndpointDialog::loadCaFile);
    connect(m_secretFile, &QPushButton::clicked, this, &ReplicationEndpointDialog::loadSecretFile);
    connect(m_verify, &QCheckBox::toggled, m_ca, &QWidget::setEnabled);
    connect(m_verify, &QCheckBox::toggled, m_caFile, &QWidget::setEnabled);
    for (QLineEdit *e : {m_name, m_url})
        connect(e, &QLineEdit::textChanged, this, &ReplicationEndpointDialog::validate);
    m_ca->setEnabled(m_verify->isChecked());
    m_caFile->setEnabled(m_verify->isChecked());
    loadProviders();
}

QString ReplicationEndpointDialog::providerName(const QString &adapter)
{
    // Product names, the same in every language.
    static const QHash<QString, QString> names{
        {u"harbor"_s, u"Harbor"_s}, {u"docker-hub"_s, u"Docker Hub"_s},
        {u"docker-registry"_s, u"Docker Registry"_s}, {u"github-ghcr"_s, u"GitHub GHCR"_s},
        {u"aws-ecr"_s, u"AWS ECR"_s}, {u"google-gcr"_s, u"Google GCR"_s}, {u"azure-acr"_s, u"Azure ACR"_s},
        {u"ali-acr"_s, u"Alibaba Cloud ACR"_s}, {u"huawei-SWR"_s, u"Huawei SWR"_s}, {u"gitlab"_s, u"GitLab"_s},
        {u"quay"_s, u"Quay"_s}, {u"jfrog-artifactory"_s, u"JFrog Artifactory"_s},
        {u"tencent-tcr"_s, u"Tencent TCR"_s}, {u"volcengine-cr"_s, u"Volcengine CR"_s},
        {u"dtr"_s, u"Docker Trusted Registry"_s}};
    return names.value(adapter, adapter);
}

void ReplicationEndpointDialog::loadProviders()
{
    if (!m_replication)
        return;
    m_status->setText(tr("Loading the providers Harbor supports…"));
    HarborRequest *names = m_replication->adapters();
    whenFinished(names, this, [this, names] {
        if (names->error()) {
            m_status->setText(names->error().message);
            m_status->setVisible(true);
            m_loaded = true;
            emit loaded();
            return;
        }
        const QStringList adapters = HarborReplication::adapterNames(names->body());
        if (!m_replication)
            return;
        HarborRequest *infos = m_replication->adapterInfos();
        whenFinished(infos, this, [this, infos, adapters] {
            // Without the patterns every provider still works with a free URL.
            if (!infos->error())
                m_infos = HarborAdapterInfo::listFromJson(QJsonDocument::fromJson(infos->body()).object());
            const QSignalBlocker block(m_provider);
            for (const QString &a : adapters)
                m_provider->addItem(providerName(a), a);
            QString wanted = m_existing.type.isEmpty() ? u"harbor"_s : m_existing.type;
            if (m_provider->findData(wanted) < 0 && !m_existing.type.isEmpty())
                m_provider->addItem(providerName(wanted), wanted);
            m_provider->setCurrentIndex(std::max(0, m_provider->findData(wanted)));
            m_status->setText(infos->error() ? infos->error().message : QString());
            m_loaded = true;
            applyProvider();
            emit loaded();
        });
    });
}

HarborAdapterInfo ReplicationEndpointDialog::currentInfo() const
{
    const QString type = m_provider->currentData().toString();
    for (const HarborAdapterInfo &i : m_infos) {
        if (i.type == type)
            return i;
    }
    HarborAdapterInfo none;
    none.type = type;
    return none;
}

void ReplicationEndpointDialog::applyProvider()
{
    const HarborAdapterInfo info = currentInfo();
    const bool list = info.hasUrlList() && !info.endpoints.isEmpty();
    const bool fixed = !list && info.hasFixedUrl() && !info.endpoints.isEmpty();
    const bool wasPreset = m_urlPreset;
    m_urlPreset = fixed || list;
    m_urlFromList = list;
    m_url->setVisible(!list);
    m_url->setReadOnly(fixed);
    m_region->setVisible(list);
    m_urlNote->setVisible(fixed || list);
    if (fixed) {
        m_url->setText(info.endpoints.first().url);
        m_urlNote->setText(tr("%1 is always at this address.").arg(providerName(info.type)));
    } else if (list) {
        const QSignalBlocker block(m_region);
        m_region->clear();
        for (const auto &e : info.endpoints)
            m_region->addItem(tr("%1 (%2)").arg(e.key, e.url), e.url);
        m_region->setCurrentIndex(std::max(0, m_region->findData(m_existing.url)));
        m_urlNote->setText(tr("Choose the region of your %1 registry.").arg(providerName(info.type)));
    } else if (wasPreset) {
        m_url->setText(m_existing.url); // not Docker Hub's address for a registry of another kind
    }
    m_accessKey->setReadOnly(info.hasFixedAccessKey());
    if (info.hasFixedAccessKey())
        m_accessKey->setText(info.accessKeyData);
    m_secretFile->setVisible(info.secretIsFile());
    validate();
}

HarborEndpoint ReplicationEndpointDialog::endpoint() const
{
    HarborEndpoint e = m_existing;
    e.type = m_provider->currentData().toString();
    e.name = m_name->text().trimmed();
    e.description = m_description->text().trimmed();
    e.url = m_urlFromList ? m_region->currentData().toString() : m_url->text().trimmed();
    e.accessKey = m_accessKey->text().trimmed();
    e.accessSecret = m_secret->text();
    e.insecure = !m_verify->isChecked();
    e.caCertificate = e.insecure ? QString() : m_ca->toPlainText().trimmed();
    return e;
}

bool ReplicationEndpointDialog::canSave() const
{
    const HarborEndpoint e = endpoint();
    const QUrl url(e.url, QUrl::StrictMode);
    return m_loaded && !m_busy && !e.type.isEmpty() && !e.name.isEmpty() && url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"https" || url.scheme() == u"http");
}

QString ReplicationEndpointDialog::statusText() const
{
    return m_status->text();
}

QString ReplicationEndpointDialog::testResultText() const
{
    return m_testResult->text();
}

void ReplicationEndpointDialog::validate()
{
    const QString url = endpoint().url;
    m_status->setVisible(!m_status->text().isEmpty()); // no gap above the buttons
    m_save->setEnabled(canSave());
    m_test->setEnabled(m_loaded && !m_busy && !url.isEmpty());
}

void ReplicationEndpointDialog::testConnection()
{
    if (!m_replication)
        return;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Harbor is trying to reach the endpoint…"));
    HarborRequest *ping = m_replication->pingEndpoint(endpoint());
    whenFinished(ping, this, [this, ping] {
        const bool ok = !ping->error();
        m_testResult->setText(ok ? tr("Connection works: Harbor reached the endpoint with these settings.")
                                 : tr("Connection failed: %1").arg(ping->error().message));
        m_test->setEnabled(true);
        emit tested(ok);
    });
}

void ReplicationEndpointDialog::save()
{
    if (!m_replication || !canSave())
        return;
    m_busy = true;
    validate();
    m_status->setText(tr("Saving…"));
    m_status->setVisible(true);
    const HarborEndpoint e = endpoint();
    HarborRequest *request = e.id ? m_replication->updateEndpoint(e) : m_replication->createEndpoint(e);
    whenFinished(request, this, [this, request, id = e.id] {
        m_busy = false;
        if (request->error()) {
            m_status->setText(request->error().message);
            validate();
            return;
        }
        emit saved(id ? id : HarborReplication::idFromLocation(request->header("Location")));
        accept();
    });
}

void ReplicationEndpointDialog::loadCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString pem = readSmallFile(path);
    if (!pem.contains(u"-----BEGIN CERTIFICATE-----"))
        m_status->setText(tr("%1 holds no PEM certificate.").arg(path));
    else
        m_ca->setPlainText(pem.trimmed());
}

void ReplicationEndpointDialog::loadSecretFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Key File"), QString(),
                                                      tr("JSON key files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_secret->setText(readSmallFile(path).trimmed());
}

} // namespace berth
