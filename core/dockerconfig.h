#pragma once
// Docker's config.json (auths, credsStore, credHelpers) and its credential helpers, read-only.

#include "credentials.h"
#include "error.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <chrono>

class QProcess;

namespace berth {

class DockerCredentialLookup;

class DockerConfig final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerConfig)
public:
    explicit DockerConfig(QObject *parent = nullptr);

    // $DOCKER_CONFIG/config.json, else ~/.docker/config.json.
    static QString defaultPath();
    // The registry an auths/credHelpers key or a user's input means: host[:port], lower case, scheme
    // and path dropped; Docker Hub's aliases all become "docker.io".
    static QString normalizeRegistry(const QString &key);
    // What a helper gets on stdin for a registry: Docker Hub's legacy URL, else host[:port].
    static QString serverUrl(const QString &registry);

    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path.isEmpty() ? defaultPath() : m_path; }
    // Folders to look for docker-credential-* in; empty means $PATH.
    void setHelperSearchPaths(const QStringList &paths) { m_searchPaths = paths; }
    QStringList helperSearchPaths() const { return m_searchPaths; }
    void setHelperTimeout(std::chrono::milliseconds timeout) { m_helperTimeout = timeout; }
    std::chrono::milliseconds helperTimeout() const { return m_helperTimeout; }

    // Reads path(). A missing file is no error (nothing configured). On a broken file the
    // configuration is empty and the error says which file and why.
    bool load(Error *error = nullptr);
    bool loadFromData(const QByteArray &json, Error *error = nullptr);
    bool isLoaded() const { return m_loaded; }

    // Registries with an entry in auths or credHelpers (normalized), for offering an import.
    QStringList registries() const;
    QString credsStore() const { return m_credsStore; }
    // The helper name (without "docker-credential-") that holds the registry's credentials:
    // credHelpers[registry], else credsStore, else empty.
    QString helperFor(const QString &registry) const;
    // The credentials written into auths for the registry, empty if none.
    Credentials storedCredentials(const QString &registry) const;

    // Finds credentials: helper (credHelpers, then credsStore), then auths. Loads the file first
    // if load() was not called. The lookup emits finished() once and deletes itself afterwards.
    DockerCredentialLookup *lookup(const QString &registry);

private:
    QString m_path;
    QStringList m_searchPaths;
    std::chrono::milliseconds m_helperTimeout{10000};
    bool m_loaded = false;
    QString m_credsStore;
    QHash<QString, QString> m_credHelpers;   // normalized registry -> helper name
    QHash<QString, Credentials> m_auths;     // normalized registry -> credentials (may be empty)
};

// One asynchronous credential lookup in Docker's configuration.
class DockerCredentialLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerCredentialLookup)
public:
    QString registry() const { return m_registry; }
    bool found() const { return !m_credentials.isEmpty(); }
    Credentials credentials() const { return m_credentials; }
    // A helper that is missing, failed, hung or answered garbage. Not fatal: credentials from
    // auths may still have been found; "not found" from a helper is no error.
    Error error() const { return m_error; }

signals:
    void finished();

private:
    friend class DockerConfig;
    DockerCredentialLookup(const QString &registry, QObject *parent);
    void start(const QString &helper, const QStringList &searchPaths, std::chrono::milliseconds timeout,
               const Credentials &stored);
    void onHelperFinished(int exitCode, bool crashed);
    void helperFailed(const Error &error);
    void finish(const Credentials &credentials);

    QString m_registry;
    QString m_helper;
    Credentials m_stored;
    Credentials m_credentials;
    Error m_error;
    QProcess *m_process = nullptr;
    bool m_finished = false;
};

} // namespace berth
