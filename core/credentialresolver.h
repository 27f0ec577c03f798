#pragma once
// Which credentials to use for a registry, in berthctl's documented order: given by the caller,
// the keychain entry saved by login or the GUI, Docker's config.json and helpers, anonymous.

#include "credentials.h"
#include "error.h"
#include "job.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace berth {

class CredentialStore;
class RegistryClient;
class DockerConfig;
class RegistrySettings;
class CredentialResolution;

class CredentialResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialResolver)
public:
    // Any of the sources may be null: that step is skipped. None is owned.
    CredentialResolver(CredentialStore *store, const RegistrySettings *settings, DockerConfig *docker,
                       QObject *parent = nullptr);

    // explicitCredentials with a secret win outright. Otherwise the keychain is asked for
    // explicitCredentials.username, else the username saved for the registry.
    CredentialResolution *resolve(const QString &registry, const Credentials &explicitCredentials = {});

private:
    QPointer<CredentialStore> m_store;
    QPointer<const RegistrySettings> m_settings;
    QPointer<DockerConfig> m_docker;
};

// One resolution. finished() comes exactly once; no credentials found is not an error
// (anonymous). Problems with a source (keychain locked or missing, helper failing) are warnings:
// the resolution goes on with the next source.
class CredentialResolution final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialResolution)
public:
    enum class Source { Anonymous, Explicit, Keychain, DockerConfig };
    Q_ENUM(Source)

    QString registry() const { return m_registry; }
    Credentials credentials() const { return m_credentials; }
    Source source() const { return m_source; }
    QStringList warnings() const { return m_warnings; }
    bool isFinished() const { return m_finished; }

signals:
    void warning(const QString &message);
    void finished();

private:
    friend class CredentialResolver;
    CredentialResolution(const QString &registry, QObject *parent);
    void tryKeychain(CredentialStore *store, const QString &username, DockerConfig *docker);
    void tryDocker(DockerConfig *docker);
    void addWarning(const QString &message);
    void finish(const Credentials &credentials, Source source);

    QString m_registry;
    Credentials m_credentials;
    Source m_source = Source::Anonymous;
    QStringList m_warnings;
    bool m_dockerStarted = false;
    bool m_finished = false;
};

// After a login was refused: asks Harbor's /api/v2.0/systeminfo (anonymously) for auth_mode. An
// OIDC Harbor takes no password on the API: its users log in with the CLI secret from their user
// profile, which hint() then says. Not a Harbor, or unreachable: no hint, never an error.
class HarborLoginHint final : public Job
{
    Q_OBJECT
public:
    explicit HarborLoginHint(RegistryClient *client);
    void start();
    QString authMode() const { return m_authMode; }
    QString hint() const; // empty unless auth_mode is oidc_auth

private:
    RegistryClient *m_client;
    QString m_authMode;
};

} // namespace berth
