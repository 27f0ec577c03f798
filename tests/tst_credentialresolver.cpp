#include "core/credentialresolver.h"
#include "core/dockerconfig.h"
#include "core/registrysettings.h"
#include "support/memorycredentialstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace berth;
using Source = CredentialResolution::Source;

namespace {

const QString registry = QStringLiteral("registry.local:5000");

QString cfg(const char *singleQuoted)
{
    return QString::fromUtf8(singleQuoted).replace(QLatin1Char('\''), QLatin1Char('"'));
}

QString dockerAuth(const char *userColonPassword)
{
    return cfg("{'auths':{'registry.local:5000':{'auth':'%1'}}}")
        .arg(QString::fromLatin1(QByteArray(userColonPassword).toBase64()));
}

struct Result {
    int finishedCount = 0;
    int warningSignals = 0;
    Source source = Source::Anonymous;
    Credentials credentials;
    QStringList warnings;
};

Result run(CredentialResolver &resolver, const Credentials &given)
{
    Result result;
    QPointer<CredentialResolution> resolution = resolver.resolve(registry, given);
    QSignalSpy finished(resolution.data(), &CredentialResolution::finished);
    QSignalSpy warning(resolution.data(), &CredentialResolution::warning);
    QObject::connect(resolution.data(), &CredentialResolution::finished, resolution.data(), [&result, resolution] {
        result.source = resolution->source();
        result.credentials = resolution->credentials();
        result.warnings = resolution->warnings();
    });
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000); }();
    [&] { QTRY_VERIFY(resolution.isNull()); }(); // it deletes itself
    result.finishedCount = int(finished.count());
    result.warningSignals = int(warning.count());
    return result;
}

} // namespace

class TestCredentialResolver : public QObject
{
    Q_OBJECT
private slots:
    void order_data()
    {
        QTest::addColumn<QString>("givenUser");
        QTest::addColumn<QString>("givenSecret");
        QTest::addColumn<QString>("savedUser");      // username in registries.json
        QTest::addColumn<QString>("keychainUser");   // entry in the keychain (empty: none)
        QTest::addColumn<bool>("keychainBroken");    // keychain missing/locked
        QTest::addColumn<QString>("dockerConfig");
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("identityToken");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("keychainReads");

        const QString docker = dockerAuth("dockeruser:dockerpw");
        const QString none;
        QTest::newRow("explicit-wins") << u"cli"_qs << u"clipw"_qs << u"alice"_qs << u"alice"_qs << false << docker
                                       << Source::Explicit << u"cli"_qs << u"clipw"_qs << false << 0 << 0;
        QTest::newRow("keychain-saved-user") << none << none << u"alice"_qs << u"alice"_qs << false << docker
                                             << Source::Keychain << u"alice"_qs << u"kc-alice"_qs << false << 0 << 1;
        QTest::newRow("keychain-given-user") << u"bob"_qs << none << u"alice"_qs << u"bob"_qs << false << docker
                                             << Source::Keychain << u"bob"_qs << u"kc-bob"_qs << false << 0 << 1;
        QTest::newRow("keychain-miss-then-docker") << none << none << u"alice"_qs << u"carol"_qs << false << docker
                                                   << Source::DockerConfig << u"dockeruser"_qs << u"dockerpw"_qs
                                                   << false << 0 << 1;
        QTest::newRow("no-saved-user-skips-keychain") << none << none << none << u"alice"_qs << false << docker
                                                      << Source::DockerConfig << u"dockeruser"_qs << u"dockerpw"_qs
                                                      << false << 0 << 0;
        QTest::newRow("keychain-broken-warns-then-docker")
            << none << none << u"alice"_qs << u"alice"_qs << true << docker << Source::DockerConfig
            << u"dockeruser"_qs << u"dockerpw"_qs << false << 1 << 1;
        QTest::newRow("keychain-broken-then-anonymous") << none << none << u"alice"_qs << u"alice"_qs << true << none
                                                        << Source::Anonymous << none << none << false << 1 << 1;
        QTest::newRow("nothing-is-anonymous") << none << none << none << none << false << none << Source::Anonymous
                                              << none << none << false << 0 << 0;
        QTest::newRow("docker-identity-token")
            << none << none << none << none << false << cfg("{'credHelpers':{'registry.local:5000':'faketoken'}}")
            << Source::DockerConfig << none << u"refresh-for-registry.local:5000"_qs << true << 0 << 0;
        QTest::newRow("docker-helper-broken-warns")
            << none << none << none << none << false << cfg("{'credsStore':'fakegarbage'}") << Source::Anonymous
            << none << none << false << 1 << 0;
        QTest::newRow("docker-file-broken-warns") << none << none << none << none << false << u"{ nope"_qs
                                                  << Source::Anonymous << none << none << false << 1 << 0;
    }
    void order()
    {
        QFETCH(QString, givenUser);
        QFETCH(QString, givenSecret);
        QFETCH(QString, savedUser);
        QFETCH(QString, keychainUser);
        QFETCH(bool, keychainBroken);
        QFETCH(QString, dockerConfig);
        QFETCH(Source, source);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(bool, identityToken);
        QFETCH(int, warnings);
        QFETCH(int, keychainReads);

        test::MemoryCredentialStore store;
        if (!keychainUser.isEmpty())
            store.insert(registry, keychainUser, u"kc-"_qs + keychainUser);
        if (keychainBroken)
            store.setFailure(Error::make(ErrorKind::Unsupported, u"No keychain service is available."_qs));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        RegistrySettings settings(dir.path());
        if (!savedUser.isEmpty()) {
            RegistryEntry entry;
            entry.registry = registry;
            entry.username = savedUser;
            QVERIFY(settings.add(entry));
        }

        DockerConfig docker;
        docker.setHelperSearchPaths({QFINDTESTDATA("data/credhelper")});
        const QString dockerPath = dir.filePath(u"docker-config.json"_qs);
        if (!dockerConfig.isEmpty()) {
            QFile file(dockerPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(dockerConfig.toUtf8());
        }
        docker.setPath(dockerPath); // missing file when none: nothing configured

        CredentialResolver resolver(&store, &settings, &docker);
        const Result result = run(resolver, Credentials{givenUser, givenSecret});
        QCOMPARE(result.finishedCount, 1);
        QCOMPARE(result.source, source);
        QCOMPARE(result.credentials.username, user);
        QCOMPARE(result.credentials.secret, secret);
        QCOMPARE(result.credentials.identityToken, identityToken);
        QCOMPARE(result.warnings.size(), warnings);
        QCOMPARE(result.warningSignals, warnings);
        QCOMPARE(store.readCount(), keychainReads);
        if (keychainBroken)
            QVERIFY(result.warnings.first().contains(u"keychain"_qs));
    }

    void missingSources()
    {
        // Every source may be absent; the answer is then anonymous, still finished once.
        CredentialResolver resolver(nullptr, nullptr, nullptr);
        const Result result = run(resolver, {});
        QCOMPARE(result.finishedCount, 1);
        QCOMPARE(result.source, Source::Anonymous);
        QVERIFY(result.credentials.isEmpty());
        const Result given = run(resolver, Credentials{u"u"_qs, u"p"_qs});
        QCOMPARE(given.source, Source::Explicit);
    }

    void storeGoneMidway()
    {
        // A store deleted while reading takes its job along; the resolution must still finish.
        auto *store = new test::MemoryCredentialStore;
        store->insert(registry, u"alice"_qs, u"pw"_qs);
        QTemporaryDir dir;
        RegistrySettings settings(dir.path());
        RegistryEntry entry;
        entry.registry = registry;
        entry.username = u"alice"_qs;
        QVERIFY(settings.add(entry));
        CredentialResolver resolver(store, &settings, nullptr);
        QPointer<CredentialResolution> resolution = resolver.resolve(registry);
        QSignalSpy finished(resolution.data(), &CredentialResolution::finished);
        // Let the resolution start its keychain read, then pull the store away before it answers.
        QTimer::singleShot(0, store, [store] { delete store; });
        QTRY_COMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
