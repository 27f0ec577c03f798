#pragma once
// berthctl: argument parsing, global options, and the commands, each running asynchronously on
// the core until it calls done().

#include "core/error.h"
#include "core/manifest.h"
#include "core/reference.h"
#include "core/registryoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QEventLoop;
class QNetworkAccessManager;

namespace berth {

class CredentialResolver;
class CredentialStore;
class DockerConfig;
class HarborClient;
class Job;
class RegistryClient;
class RegistrySettings;
class TransferJob;
struct CleanupPlan;
struct CleanupRules;

namespace cli {

class HarborAdminCommands; // commands_harbor_admin.cpp

class Cli final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cli)
public:
    explicit Cli(QObject *parent = nullptr);
    ~Cli() override;

    // Parses arguments (argv[0] included) and runs the command; returns the exit code.
    int run(const QStringList &arguments);

    // Streams, replaceable by tests.
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    using Handler = void (Cli::*)();
    struct Command {
        Handler handler;
        int minArgs;
        int maxArgs;
    };

    // Global options.
    bool m_json = false;
    bool m_insecure = false;
    bool m_yes = false;
    bool m_verbose = false;
    bool m_passwordStdin = false;
    QString m_caFile;
    QString m_username;
    QString m_password;
    QString m_configDir;
    QString m_proxy;      // --proxy URL: for every registry of this call
    QString m_certFile;   // --cert/--key: client certificate for mutual TLS
    QString m_keyFile;
    QStringList m_mirrors; // --registry-mirror URL (repeatable), before the saved ones
    QHash<QString, QString> m_options; // command options: --format, --platform, ...
    QStringList m_flags;               // command flags: --all-platforms, --dry-run, ...
    QStringList m_args;                // positional arguments after the command
    QString m_command;

    QTextStream m_out;
    QTextStream m_err;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QString, QNetworkAccessManager *> m_networks; // registry -> its manager (m_nam for the first)
    QEventLoop *m_loop = nullptr;
    RegistrySettings *m_settings = nullptr;
    CredentialStore *m_store = nullptr;
    DockerConfig *m_docker = nullptr;
    CredentialResolver *m_resolver = nullptr;
    int m_exitCode = 0;
    bool m_done = false;
    int m_interruptSignal = 0; // SIGINT or SIGTERM that cancelled the running transfer

    bool parse(const QStringList &arguments);
    void printHelp();
    void usageError(const QString &message);
    void done(int exitCode);
    void fail(const Error &error);
    bool isTerminal() const;
    bool confirm(const QString &question);

    std::optional<ImageReference> reference(int index, bool requireTagOrDigest = true);
    // Builds the client for a registry with the resolved credentials, then calls next.
    QNetworkAccessManager *networkFor(const QString &registry);
    void withClient(const QString &registry, std::function<void(RegistryClient *)> next);
    // For reads of one reference: docker.io references go to the first Docker Hub mirror that has
    // the manifest, else docker.io (commands_auth.cpp).
    void withReadClient(const ImageReference &ref, std::function<void(RegistryClient *)> next);
    RegistryOptions optionsFor(const QString &registry) const;
    void ensureCredentialSources();

    void cmdCatalog();
    void cmdLs();
    void cmdManifest();
    void cmdDigest();
    void cmdConfig();
    void cmdDelete();
    void cmdTag();
    void cmdUntag();   // commands_manage.cpp
    void cmdCleanup();
    void cmdLogin();
    void cmdLogout();
    void cmdPull();
    void cmdPush();
    void cmdCopy();
    void cmdSync();   // commands_sync.cpp
    // berthctl harbor SUBCOMMAND ... (commands_harbor.cpp)
    void cmdHarbor();
    void withHarbor(const QString &registry, std::function<void(HarborClient *)> next);
    bool harborConfirm(const QString &what);
    void harborList(const QString &sub);
    void harborWrite(const QString &sub);
    void harborSummaryOrScan(const QString &sub);
    // members, robots, gc, audit, quota-set (commands_harbor_admin.cpp); false for other subcommands.
    bool harborAdmin();
    friend class HarborAdminCommands;
    void harborReplication(); // berthctl harbor replication ... (commands_harbor_replication.cpp)
    void harborDeleteArtifact(HarborClient *harbor, const QString &project, const QString &repository,
                              const QString &reference);

    // --platform / --all-platforms: nullopt on a usage error; an empty inner optional for "all".
    std::optional<std::optional<Platform>> platformOption(bool allPlatformsAllowed);
    void runTransfer(TransferJob *job, const QString &what);
    // Ctrl-C (SIGINT) or SIGTERM while job runs aborts it, so that it removes what it wrote and
    // cancels its upload sessions; berthctl then exits with 128 + the signal's number.
    void cancelOnInterrupt(Job *job);
    // After such a cancellation: lets requests still on the way (upload session DELETEs) end.
    void letRequestsEnd();

    void printList(const QStringList &items);
    void deleteDigest(RegistryClient *client, const ImageReference &ref, const QString &digest);
    void printCleanupPlan(const ImageReference &repo, const CleanupPlan &plan, const CleanupRules &rules);

    static const QHash<QString, Command> &commands();
};

} // namespace cli
} // namespace berth
