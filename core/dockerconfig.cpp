#include "dockerconfig.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace berth {

namespace {

const QString dockerHub = QStringLiteral("docker.io");
const QString tokenUsername = QStringLiteral("<token>");

Credentials parseAuthEntry(const QJsonObject &entry)
{
    Credentials credentials;
    const QString auth = entry.value(u"auth").toString();
    if (!auth.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(auth.toLatin1());
        const QString pair = decoded ? QString::fromUtf8(*decoded) : QString();
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            credentials.username = pair.left(colon);
            credentials.secret = pair.mid(colon + 1);
        } else {
            // The value itself is never logged: it is a password.
            qCWarning(lcCredentials) << "ignoring an unreadable \"auth\" value in Docker's config.json";
        }
    } else {
        credentials.username = entry.value(u"username").toString();
        credentials.secret = entry.value(u"password").toString();
    }
    const QString identityToken = entry.value(u"identitytoken").toString();
    if (!identityToken.isEmpty()) {
        credentials.secret = identityToken;
        credentials.identityToken = true;
    }
    if (credentials.username == tokenUsername) {
        credentials.username.clear();
        credentials.identityToken = true;
    }
    if (credentials.secret.isEmpty())
        return {};
    return credentials;
}

} // namespace

DockerConfig::DockerConfig(QObject *parent)
    : QObject(parent)
{
}

QString DockerConfig::defaultPath()
{
    const QString dir = qEnvironmentVariable("DOCKER_CONFIG");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("config.json"));
    return QDir::home().filePath(QStringLiteral(".docker/config.json"));
}

QString DockerConfig::normalizeRegistry(const QString &key)
{
    QString host = key.trimmed();
    if (const qsizetype scheme = host.indexOf(u"://"); scheme >= 0)
        host = host.mid(scheme + 3);
    if (const qsizetype slash = host.indexOf(QLatin1Char('/')); slash >= 0)
        host = host.left(slash);
    host = host.toLower();
    if (host == u"index.docker.io" || host == u"registry-1.docker.io" || host == u"registry.hub.docker.com")
        return dockerHub;
    return host;
}

QString DockerConfig::serverUrl(const QString &registry)
{
    const QString host = normalizeRegistry(registry);
    return host == dockerHub ? QStringLiteral("https://index.docker.io/v1/") : host;
}

bool DockerConfig::load(Error *error)
{
    QFile file(path());
    if (!file.exists()) {
        loadFromData({});
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        loadFromData({});
        if (error) {
            *error = Error::make(ErrorKind::Io, tr("Cannot read Docker's configuration %1: %2")
                                                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        }
        return false;
    }
    Error parseError;
    if (!loadFromData(file.readAll(), &parseError)) {
        if (error) {
            *error = Error::make(ErrorKind::InvalidInput,
                                 tr("Docker's configuration %1 is not valid: %2. Fix or remove the file.")
                                     .arg(QDir::toNativeSeparators(file.fileName()), parseError.message));
        }
        return false;
    }
    return true;
}

bool DockerConfig::loadFromData(const QByteArray &json, Error *error)
{
    m_loaded = true;
    m_credsStore.clear();
    m_credHelpers.clear();
    m_auths.clear();
    if (json.trimmed().isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = Error::make(ErrorKind::InvalidInput, parseError.error != QJsonParseError::NoError
                                                              ? parseError.errorString()
                                                              : tr("the top level is not a JSON object"));
        }
        return false;
    }
    const QJsonObject root = doc.object();
    m_credsStore = root.value(u"credsStore").toString();
    const QJsonObject helpers = root.value(u"credHelpers").toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (!it.value().toString().isEmpty())
            m_credHelpers.insert(normalizeRegistry(it.key()), it.value().toString());
    }
    const QJsonObject auths = root.value(u"auths").toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const QString registry = normalizeRegistry(it.key());
        const Credentials credentials = parseAuthEntry(it.value().toObject());
        // Aliases of one registry may appear twice ("docker.io" and the v1 URL): keep the usable one.
        if (!m_auths.contains(registry) || !credentials.isEmpty())
            m_auths.insert(registry, credentials);
    }
    return true;
}

QStringList DockerConfig::registries() const
{
    QStringList list = m_auths.keys();
    for (auto it = m_credHelpers.cbegin(); it != m_credHelpers.cend(); ++it) {
        if (!list.contains(it.key()))
            list << it.key();
    }
    list.sort();
    return list;
}

QString DockerConfig::helperFor(const QString &registry) const
{
    return m_credHelpers.value(normalizeRegistry(registry), m_credsStore);
}

Credentials DockerConfig::storedCredentials(const QString &registry) const
{
    return m_auths.value(normalizeRegistry(registry));
}

DockerCredentialLookup *DockerConfig::lookup(const QString &registry)
{
    auto *job = new DockerCredentialLookup(normalizeRegistry(registry), this);
    Error loadError;
    if (!m_loaded && !load(&loadError)) {
        job->m_error = loadError;
        job->start({}, {}, {}, {});
        return job;
    }
    job->start(helperFor(registry), m_searchPaths, m_helperTimeout, storedCredentials(registry));
    return job;
}

DockerCredentialLookup::DockerCredentialLookup(const QString &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
}

void DockerCredentialLookup::start(const QString &helper, const QStringList &searchPaths,
                                   std::chrono::milliseconds timeout, const Credentials &stored)
{
    m_helper = helper;
    m_stored = stored;
    // Even results known now are delivered from the event loop, after the caller connected.
    if (helper.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(m_stored); });
        return;
    }
    const QString program = QStringLiteral("docker-credential-") + helper;
    const QString executable = QStandardPaths::findExecutable(program, searchPaths);
    if (executable.isEmpty()) {
        QTimer::singleShot(0, this, [this, program] {
            helperFailed(Error::make(ErrorKind::Io, tr("Docker's configuration names the credential helper %1, but "
                                                       "it is not installed (not found in PATH).")
                                                        .arg(program)));
        });
        return;
    }

    m_process = new QProcess(this);
    m_process->setProgram(executable);
    m_process->setArguments({QStringLiteral("get")});
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onHelperFinished(exitCode, status == QProcess::CrashExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        // Crashes and timeouts also come through finished() or the timer.
        if (processError == QProcess::FailedToStart) {
            helperFailed(Error::make(ErrorKind::Io, tr("The Docker credential helper %1 could not be started: %2")
                                                        .arg(m_process->program(), m_process->errorString())));
        }
    });
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, timeout] {
        qCWarning(lcCredentials) << "credential helper" << m_helper << "timed out for" << m_registry;
        helperFailed(Error::make(ErrorKind::Network,
                                 tr("The Docker credential helper docker-credential-%1 did not answer within %2 "
                                    "seconds.")
                                     .arg(m_helper)
                                     .arg(qMax<qint64>(1, std::chrono::duration_cast<std::chrono::seconds>(timeout).count()))));
    });
    timer->start(timeout);
    m_process->start();
    m_process->write(DockerConfig::serverUrl(m_registry).toUtf8());
    m_process->closeWriteChannel();
}

void DockerCredentialLookup::onHelperFinished(int exitCode, bool crashed)
{
    if (m_finished)
        return;
    const QByteArray out = m_process->readAllStandardOutput();
    const QByteArray err = m_process->readAllStandardError();
    if (crashed || exitCode != 0) {
        // Helpers say "credentials not found in native keychain" and exit 1: no credentials, no error.
        if (out.contains("credentials not found") || err.contains("credentials not found")) {
            finish(m_stored);
            return;
        }
        // The helper's first line says why; helpers do not print secrets on failure.
        const QString reason = QString::fromUtf8((out.trimmed().isEmpty() ? err : out).trimmed()).section(QLatin1Char('\n'), 0, 0).left(200);
        helperFailed(Error::make(ErrorKind::Io, tr("The Docker credential helper docker-credential-%1 failed (exit "
                                                   "code %2): %3")
                                                    .arg(m_helper)
                                                    .arg(exitCode)
                                                    .arg(reason)));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    const QJsonObject answer = doc.object();
    if (!doc.isObject() || !answer.value(u"Secret").isString()) {
        helperFailed(Error::make(ErrorKind::Protocol, tr("The Docker credential helper docker-credential-%1 "
                                                         "answered something that is not credentials.")
                                                          .arg(m_helper)));
        return;
    }
    Credentials credentials{answer.value(u"Username").toString(), answer.value(u"Secret").toString()};
    if (credentials.username == tokenUsername) {
        credentials.username.clear();
        credentials.identityToken = true;
    }
    if (credentials.secret.isEmpty())
        credentials = {};
    finish(credentials.isEmpty() ? m_stored : credentials);
}

void DockerCredentialLookup::helperFailed(const Error &error)
{
    if (m_finished)
        return;
    m_error = error;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // Killed, but not yet reaped: let it delete itself once it is, without blocking anyone.
        QProcess *process = m_process;
        m_process = nullptr;
        disconnect(process, nullptr, this, nullptr);
        process->setParent(nullptr);
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
    }
    finish(m_stored);
}

void DockerCredentialLookup::finish(const Credentials &credentials)
{
    if (m_finished)
        return;
    m_finished = true;
    m_credentials = credentials;
    emit finished();
    deleteLater();
}

} // namespace berth
