#pragma once
// The real Distribution registry (docker-registry 2.8) in a temporary folder, for integration tests.

#include "storageseeder.h"

#include <QMap>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

namespace berth::test {

class TokenIssuer;

enum class RegistryAuth { None, Htpasswd, Token };

struct RegistryOptions {
    RegistryAuth auth = RegistryAuth::None;
    bool tls = false;
    bool deleteEnabled = true;
    QMap<QString, QString> users; // htpasswd users: name -> password (bcrypt via `htpasswd -Bbn`)
    TokenIssuer *issuer = nullptr;  // for Auth::Token; started by start() when not yet listening
    QString dataDir;                // storage root; empty: inside the fixture's temporary folder (removed)
    quint16 port = 0;               // 0: a free one
    // Mutual TLS (tls only): clients must show a certificate signed by this CA (http.tls.clientcas);
    // the start-up check then uses clientCertFile/clientKeyFile.
    QString clientCaFile, clientCertFile, clientKeyFile;
};

class RegistryFixture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryFixture)

public:
    using Auth = RegistryAuth;
    using Options = RegistryOptions;
    using SeedOptions = test::SeedOptions;
    using Seeded = test::Seeded;

    explicit RegistryFixture(QObject *parent = nullptr);
    explicit RegistryFixture(const Options &options, QObject *parent = nullptr);
    ~RegistryFixture() override; // stops the process

    // Free port on 127.0.0.1; waits until /v2/ answers; on failure qWarning()s the log, returns false.
    bool start();
    void stop();
    bool isRunning() const;
    QString hostPort() const; // "127.0.0.1:PORT"
    QUrl baseUrl() const;     // http(s)://127.0.0.1:PORT
    QString caFile() const;   // CA of the TLS certificate (tls only)
    QString storageDir() const;
    QString log() const;
    const Options &options() const { return m_options; }

    // Seeding writes into the storage folder, so it works in every auth mode (also before start()).
    Seeded seedImage(const QString &repository, const QString &tag, const SeedOptions &o = SeedOptions());
    // A multi-platform index (OCI index or Docker list), one image per platform ("linux/arm64/v8").
    Seeded seedIndex(const QString &repository, const QString &tag, const QStringList &platforms, bool oci = true,
                     quint32 seed = 1);
    void addTag(const QString &repository, const QString &tag, const QString &digest);
    StorageSeeder &seeder() { return *m_seeder; }

private:
    bool writeConfig(quint16 port);
    bool launch(quint16 port);

    Options m_options;
    QTemporaryDir m_dir;
    QString m_storage;
    QString m_caFile, m_certFile, m_keyFile, m_htpasswd;
    std::unique_ptr<StorageSeeder> m_seeder;
    QProcess *m_process = nullptr;
    QByteArray m_log;
    quint16 m_port = 0;
};

} // namespace berth::test
