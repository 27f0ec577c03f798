// berthctl login / logout, and how every command finds its credentials.

#include "cli.h"

#include "core/configdir.h"
#include "core/credentialresolver.h"
#include "core/dockerconfig.h"
#include "core/keychainstore.h"
#include "core/mirrors.h"
#include "core/netutil.h"
#include "core/registryclient.h"
#include "core/registrysettings.h"

using namespace Qt::StringLiterals;

namespace berth::cli {

void Cli::ensureCredentialSources()
{
    if (m_settings)
        return;
    m_settings = new RegistrySettings(configDir(m_configDir), this);
    Error error;
    if (!m_settings->load(&error) && m_verbose)
        m_err << tr("berthctl: %1").arg(error.message) << Qt::endl;
    m_store = new KeychainStore(this);
    m_docker = new DockerConfig(this);
    m_docker->load();
    m_resolver = new CredentialResolver(m_store, m_settings, m_docker, this);
}

QNetworkAccessManager *Cli::networkFor(const QString &registry)
{
    // A registry of its own per network manager: each manager has its own network thread and
    // connection limit, so a copy's download and upload don't queue behind each other.
    const QString key = registry.toLower();
    if (m_networks.isEmpty())
        m_networks.insert(key, m_nam);
    QNetworkAccessManager *&nam = m_networks[key];
    if (!nam)
        nam = net::newAccessManager(this);
    return nam;
}

void Cli::withClient(const QString &registry, std::function<void(RegistryClient *)> next)
{
    RegistryOptions options = optionsFor(registry);
    if (!m_username.isEmpty()) {
        next(new RegistryClient(options, networkFor(registry), this));
        return;
    }
    ensureCredentialSources();
    if (const auto saved = m_settings->find(registry)) {
        options.insecure = options.insecure || saved->insecure;
        if (options.caFile.isEmpty())
            options.caFile = saved->caFile;
        if (options.clientCertFile.isEmpty()) {
            options.clientCertFile = saved->clientCertFile;
            options.clientKeyFile = saved->clientKeyFile;
        }
        if (options.proxy.isEmpty())
            options.proxy = saved->proxy;
        options.pinnedCertificates = saved->pinnedCertificates;
    }
    CredentialResolution *resolution = m_resolver->resolve(registry);
    connect(resolution, &CredentialResolution::finished, this, [this, resolution, options, next]() mutable {
        if (m_verbose) {
            for (const QString &warning : resolution->warnings())
                m_err << tr("berthctl: %1").arg(warning) << Qt::endl;
        }
        options.credentials = resolution->credentials();
        next(new RegistryClient(options, networkFor(options.registry), this));
    });
}

void Cli::withReadClient(const ImageReference &ref, std::function<void(RegistryClient *)> next)
{
    if (ref.registry != u"docker.io")
        return withClient(ref.registry, std::move(next));
    ensureCredentialSources();
    const QStringList mirrorUrls = m_mirrors + m_settings->registryMirrors();
    QList<RegistryClient *> endpoints;
    for (const QString &url : mirrorUrls) {
        const auto registry = mirrors::registryOf(url);
        if (!registry) {
            m_err << tr("berthctl: ignoring the registry mirror \"%1\": not a registry address.").arg(url) << Qt::endl;
            continue;
        }
        RegistryOptions options = optionsFor(*registry);
        options.credentials = {}; // Docker Hub's credentials never go to a mirror
        options.insecure = options.insecure || url.trimmed().startsWith(u"http://"_s, Qt::CaseInsensitive);
        endpoints << new RegistryClient(options, m_nam, this);
    }
    if (endpoints.isEmpty())
        return withClient(ref.registry, std::move(next));
    withClient(ref.registry, [this, ref, endpoints, next](RegistryClient *upstream) mutable {
        endpoints << upstream;
        auto *selection = new MirrorSelection(endpoints, ref.repository, ref.reference(), this);
        connect(selection, &Job::finished, this, [this, selection, next] {
            if (m_verbose || selection->error()) {
                for (const QString &line : selection->skipped())
                    m_err << tr("berthctl: %1").arg(line) << Qt::endl;
            }
            if (selection->error())
                return fail(selection->error());
            next(selection->client());
        });
        selection->start();
    });
}

void Cli::cmdLogin()
{
    Error error;
    const auto registry = ImageReference::parseRegistry(m_args.at(0), &error);
    if (!registry)
        return usageError(error.message);
    if (m_username.isEmpty() || !m_passwordStdin)
        return usageError(tr("login needs --username and --password-stdin."));
    if (m_password.isEmpty())
        return usageError(tr("No password was given on standard input."));
    // Check the credentials first: nothing is stored for a registry that refuses them.
    auto *client = new RegistryClient(optionsFor(*registry), m_nam, this);
    RegistryReply *ping = client->ping();
    connect(ping, &Job::finished, this, [this, ping, client, registry = *registry] {
        if (ping->error().kind == ErrorKind::Unauthorized) {
            // Harbor with OIDC takes the CLI secret, not the OIDC password: say so when that is why.
            auto *hint = new HarborLoginHint(client);
            connect(hint, &Job::finished, this, [this, hint, refused = ping->error()]() mutable {
                if (!hint->hint().isEmpty())
                    refused.message += u' ' + hint->hint();
                fail(refused);
            });
            return hint->start();
        }
        if (ping->error())
            return fail(ping->error());
        ensureCredentialSources();
        CredentialJob *write = m_store->write(registry, m_username, m_password);
        connect(write, &CredentialJob::finished, this, [this, write, registry] {
            if (write->error()) {
                fail(Error::make(write->error().kind == ErrorKind::NotFound ? ErrorKind::Io : write->error().kind,
                                 tr("The credentials are correct but could not be stored: %1").arg(write->error().message)));
                return;
            }
            RegistryEntry entry = m_settings->find(registry).value_or(RegistryEntry{});
            entry.registry = registry;
            entry.username = m_username;
            m_settings->addOrUpdate(entry);
            Error error;
            if (!m_settings->save(&error))
                return fail(error);
            m_err << tr("Logged in to %1 as %2; the password is in the keychain.").arg(registry, m_username) << Qt::endl;
            done(0);
        });
    });
}

void Cli::cmdLogout()
{
    Error error;
    const auto registry = ImageReference::parseRegistry(m_args.at(0), &error);
    if (!registry)
        return usageError(error.message);
    ensureCredentialSources();
    auto entry = m_settings->find(*registry);
    const QString username = !m_username.isEmpty() ? m_username : entry ? entry->username : QString();
    if (username.isEmpty()) {
        m_err << tr("Not logged in to %1.").arg(*registry) << Qt::endl;
        return done(0);
    }
    CredentialJob *remove = m_store->remove(*registry, username);
    connect(remove, &CredentialJob::finished, this, [this, remove, registry = *registry, entry, username]() mutable {
        if (remove->error() && remove->error().kind != ErrorKind::NotFound)
            return fail(remove->error());
        if (entry) {
            entry->username.clear();
            m_settings->addOrUpdate(*entry);
            Error error;
            if (!m_settings->save(&error))
                return fail(error);
        }
        m_err << tr("Logged out of %1 (%2).").arg(registry, username) << Qt::endl;
        done(0);
    });
}

} // namespace berth::cli
