#include "core/dockerconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace std::chrono_literals;

namespace {

QString b64(const char *userColonPassword)
{
    return QString::fromLatin1(QByteArray(userColonPassword).toBase64());
}

// JSON written with single quotes, which keeps the tables readable (and moc happy: it trips over
// "//" inside raw string literals).
QString cfg(const char *singleQuoted)
{
    return QString::fromUtf8(singleQuoted).replace(QLatin1Char('\''), QLatin1Char('"'));
}

QByteArray json(const QString &text)
{
    return text.toUtf8();
}

} // namespace

class TestDockerConfig : public QObject
{
    Q_OBJECT

    QString helperDir() const { return QFINDTESTDATA("data/credhelper"); }

    struct Outcome {
        int finishedCount = 0;
        bool found = false;
        Credentials credentials;
        Error error;
    };

    // Runs a lookup to its end and checks that finished() came exactly once and the job went away.
    Outcome runLookup(DockerConfig &config, const QString &registry)
    {
        Outcome outcome;
        QPointer<DockerCredentialLookup> lookup = config.lookup(registry);
        QSignalSpy spy(lookup.data(), &DockerCredentialLookup::finished);
        connect(lookup.data(), &DockerCredentialLookup::finished, this, [&outcome, lookup] {
            outcome.found = lookup->found();
            outcome.credentials = lookup->credentials();
            outcome.error = lookup->error();
        });
        [&] { QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000); }();
        [&] { QTRY_VERIFY(lookup.isNull()); }();
        outcome.finishedCount = int(spy.count());
        return outcome;
    }

private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("registry");
        QTest::newRow("hub-v1-url") << u"https://index.docker.io/v1/"_qs << u"docker.io"_qs;
        QTest::newRow("hub-short") << u"docker.io"_qs << u"docker.io"_qs;
        QTest::newRow("hub-index") << u"index.docker.io"_qs << u"docker.io"_qs;
        QTest::newRow("hub-registry-1") << u"registry-1.docker.io"_qs << u"docker.io"_qs;
        QTest::newRow("host-port") << u"registry.local:5000"_qs << u"registry.local:5000"_qs;
        QTest::newRow("https-path") << u"https://registry.local:5000/v2/"_qs << u"registry.local:5000"_qs;
        QTest::newRow("http") << u"http://127.0.0.1:5000"_qs << u"127.0.0.1:5000"_qs;
        QTest::newRow("upper") << u"Registry.Example.COM"_qs << u"registry.example.com"_qs;
        QTest::newRow("spaces") << u"  ghcr.io  "_qs << u"ghcr.io"_qs;
    }
    void normalize()
    {
        QFETCH(QString, key);
        QFETCH(QString, registry);
        QCOMPARE(DockerConfig::normalizeRegistry(key), registry);
    }

    void serverUrl()
    {
        QCOMPARE(DockerConfig::serverUrl(u"docker.io"_qs), u"https://index.docker.io/v1/"_qs);
        QCOMPARE(DockerConfig::serverUrl(u"registry-1.docker.io"_qs), u"https://index.docker.io/v1/"_qs);
        QCOMPARE(DockerConfig::serverUrl(u"https://registry.local:5000/"_qs), u"registry.local:5000"_qs);
    }

    void storedCredentials_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("identityToken");

        const QString local = cfg("{'auths':{'registry.local:5000':{'auth':'%1'}}}").arg(b64("alice:pw1"));
        QTest::newRow("auth-base64") << local << u"registry.local:5000"_qs << u"alice"_qs << u"pw1"_qs << false;
        QTest::newRow("auth-case-insensitive") << local << u"REGISTRY.local:5000"_qs << u"alice"_qs << u"pw1"_qs << false;
        QTest::newRow("other-port-no-match") << local << u"registry.local:5001"_qs << QString() << QString() << false;
        QTest::newRow("no-port-no-match") << local << u"registry.local"_qs << QString() << QString() << false;
        QTest::newRow("key-with-scheme-and-path")
            << cfg("{'auths':{'https://registry.local:5000/v2/':{'auth':'%1'}}}").arg(b64("bob:pw2"))
            << u"registry.local:5000"_qs << u"bob"_qs << u"pw2"_qs << false;
        const QString hub = cfg("{'auths':{'https://index.docker.io/v1/':{'auth':'%1'}}}").arg(b64("hubuser:hubpw"));
        QTest::newRow("hub-as-docker.io") << hub << u"docker.io"_qs << u"hubuser"_qs << u"hubpw"_qs << false;
        QTest::newRow("hub-as-index") << hub << u"index.docker.io"_qs << u"hubuser"_qs << u"hubpw"_qs << false;
        QTest::newRow("hub-as-registry-1") << hub << u"registry-1.docker.io"_qs << u"hubuser"_qs << u"hubpw"_qs << false;
        QTest::newRow("password-with-colons")
            << cfg("{'auths':{'r.io':{'auth':'%1'}}}").arg(b64("carol:a:b:c")) << u"r.io"_qs << u"carol"_qs
            << u"a:b:c"_qs << false;
        QTest::newRow("username-password-fields")
            << cfg("{'auths':{'r.io':{'username':'dave','password':'pw4'}}}") << u"r.io"_qs << u"dave"_qs
            << u"pw4"_qs << false;
        QTest::newRow("identitytoken")
            << cfg("{'auths':{'r.io':{'auth':'%1','identitytoken':'refresh-xyz'}}}").arg(b64("erin:unused"))
            << u"r.io"_qs << u"erin"_qs << u"refresh-xyz"_qs << true;
        QTest::newRow("token-username")
            << cfg("{'auths':{'r.io':{'auth':'%1'}}}").arg(b64("<token>:refresh-abc")) << u"r.io"_qs << QString()
            << u"refresh-abc"_qs << true;
        QTest::newRow("empty-entry") << cfg("{'auths':{'r.io':{}}}") << u"r.io"_qs << QString() << QString() << false;
        QTest::newRow("auth-without-colon")
            << cfg("{'auths':{'r.io':{'auth':'%1'}}}").arg(b64("nocolon")) << u"r.io"_qs << QString() << QString()
            << false;
        QTest::newRow("auth-not-base64") << cfg("{'auths':{'r.io':{'auth':'!!!'}}}") << u"r.io"_qs << QString()
                                         << QString() << false;
        QTest::newRow("no-auths") << cfg("{'credsStore':'desktop'}") << u"r.io"_qs << QString() << QString() << false;
        QTest::newRow("alias-twice-usable-wins")
            << cfg("{'auths':{'docker.io':{},'https://index.docker.io/v1/':{'auth':'%1'}}}").arg(b64("h:p"))
            << u"docker.io"_qs << u"h"_qs << u"p"_qs << false;
    }
    void storedCredentials()
    {
        QFETCH(QString, config);
        QFETCH(QString, registry);
        QFETCH(QString, username);
        QFETCH(QString, secret);
        QFETCH(bool, identityToken);
        DockerConfig docker;
        Error error;
        QVERIFY(docker.loadFromData(json(config), &error));
        QVERIFY(!error);
        const Credentials credentials = docker.storedCredentials(registry);
        QCOMPARE(credentials.username, username);
        QCOMPARE(credentials.secret, secret);
        QCOMPARE(credentials.identityToken, identityToken);
    }

    void helperFor_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("helper");
        const QString both = cfg("{'credsStore':'desktop','credHelpers':{'gcr.io':'gcloud','https://a.io:5000':'pass'}}");
        QTest::newRow("credHelpers-first") << both << u"gcr.io"_qs << u"gcloud"_qs;
        QTest::newRow("credHelpers-key-normalized") << both << u"a.io:5000"_qs << u"pass"_qs;
        QTest::newRow("credsStore-otherwise") << both << u"other.io"_qs << u"desktop"_qs;
        QTest::newRow("none") << cfg("{'credHelpers':{'gcr.io':'gcloud'}}") << u"other.io"_qs << QString();
    }
    void helperFor()
    {
        QFETCH(QString, config);
        QFETCH(QString, registry);
        QFETCH(QString, helper);
        DockerConfig docker;
        QVERIFY(docker.loadFromData(json(config)));
        QCOMPARE(docker.helperFor(registry), helper);
    }

    void registries()
    {
        DockerConfig docker;
        QVERIFY(docker.loadFromData(json(
            cfg("{'auths':{'https://index.docker.io/v1/':{},'b.io:5000':{'auth':'%1'},'https://a.io/v2/':{}}}").arg(
                b64("u:p")))));
        QCOMPARE(docker.registries(), (QStringList{u"a.io"_qs, u"b.io:5000"_qs, u"docker.io"_qs}));
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not-json") << QByteArray("{\"auths\": {");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("garbage") << QByteArray("\x01\x02 hello");
    }
    void broken()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"config.json"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        DockerConfig docker;
        docker.setPath(file.fileName());
        Error error;
        QVERIFY(!docker.load(&error));
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(file.fileName())), qPrintable(error.message));
        QVERIFY(docker.registries().isEmpty());
        // A lookup still finishes, reporting the broken file and finding nothing.
        const Outcome outcome = runLookup(docker, u"r.io"_qs);
        QCOMPARE(outcome.finishedCount, 1);
        QVERIFY(!outcome.found);
    }

    void pathAndMissingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("DOCKER_CONFIG", dir.path().toUtf8());
        QCOMPARE(DockerConfig::defaultPath(), QDir(dir.path()).filePath(u"config.json"_qs));
        qunsetenv("DOCKER_CONFIG");
        QCOMPARE(DockerConfig::defaultPath(), QDir::home().filePath(u".docker/config.json"_qs));

        DockerConfig docker;
        docker.setPath(dir.filePath(u"config.json"_qs)); // does not exist: nothing configured, no error
        Error error;
        QVERIFY(docker.load(&error));
        QVERIFY(!error);
        QVERIFY(docker.isLoaded());

        // lookup() reads the file itself when load() was not called.
        QFile file(dir.filePath(u"config.json"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json(cfg("{'auths':{'r.io':{'auth':'%1'}}}").arg(b64("fromfile:pw"))));
        file.close();
        DockerConfig fresh;
        fresh.setPath(file.fileName());
        const Outcome outcome = runLookup(fresh, u"r.io"_qs);
        QVERIFY(outcome.found);
        QCOMPARE(outcome.credentials.username, u"fromfile"_qs);
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("identityToken");
        QTest::addColumn<QString>("errorText"); // empty: no error

        const QString auth = b64("fileuser:filepw");
        QTest::newRow("credHelpers-json")
            << cfg("{'credHelpers':{'host:5000':'fakejson'}}") << u"host:5000"_qs << true << u"helperuser"_qs
            << u"secret-for-host:5000"_qs << false << QString();
        QTest::newRow("credsStore-hub-gets-v1-url")
            << cfg("{'credsStore':'fakejson'}") << u"docker.io"_qs << true << u"helperuser"_qs
            << u"secret-for-https://index.docker.io/v1/"_qs << false << QString();
        QTest::newRow("credHelpers-beat-credsStore")
            << cfg("{'credsStore':'fakenotfound','credHelpers':{'a.io':'fakejson'}}") << u"a.io"_qs << true
            << u"helperuser"_qs << u"secret-for-a.io"_qs << false << QString();
        QTest::newRow("helper-beats-auths")
            << cfg("{'credsStore':'fakejson','auths':{'a.io':{'auth':'%1'}}}").arg(auth) << u"a.io"_qs << true
            << u"helperuser"_qs << u"secret-for-a.io"_qs << false << QString();
        QTest::newRow("token-username")
            << cfg("{'credHelpers':{'a.io':'faketoken'}}") << u"a.io"_qs << true << QString()
            << u"refresh-for-a.io"_qs << true << QString();
        QTest::newRow("not-found-is-no-error")
            << cfg("{'credsStore':'fakenotfound'}") << u"a.io"_qs << false << QString() << QString() << false
            << QString();
        QTest::newRow("not-found-then-auths")
            << cfg("{'credsStore':'fakenotfound','auths':{'a.io':{'auth':'%1'}}}").arg(auth) << u"a.io"_qs << true
            << u"fileuser"_qs << u"filepw"_qs << false << QString();
        QTest::newRow("auths-only") << cfg("{'auths':{'a.io':{'auth':'%1'}}}").arg(auth) << u"a.io"_qs << true
                                    << u"fileuser"_qs << u"filepw"_qs << false << QString();
        QTest::newRow("nothing") << cfg("{'auths':{'b.io':{'auth':'%1'}}}").arg(auth) << u"a.io"_qs << false
                                 << QString() << QString() << false << QString();
        QTest::newRow("garbage") << cfg("{'credsStore':'fakegarbage'}") << u"a.io"_qs << false << QString()
                                 << QString() << false << u"not credentials"_qs;
        QTest::newRow("garbage-then-auths")
            << cfg("{'credsStore':'fakegarbage','auths':{'a.io':{'auth':'%1'}}}").arg(auth) << u"a.io"_qs << true
            << u"fileuser"_qs << u"filepw"_qs << false << u"not credentials"_qs;
        QTest::newRow("helper-fails") << cfg("{'credsStore':'fakefail'}") << u"a.io"_qs << false << QString()
                                      << QString() << false << u"exploded"_qs;
        QTest::newRow("helper-missing") << cfg("{'credsStore':'doesnotexist'}") << u"a.io"_qs << false << QString()
                                        << QString() << false << u"docker-credential-doesnotexist"_qs;
    }
    void lookup()
    {
        QFETCH(QString, config);
        QFETCH(QString, registry);
        QFETCH(bool, found);
        QFETCH(QString, username);
        QFETCH(QString, secret);
        QFETCH(bool, identityToken);
        QFETCH(QString, errorText);
        QVERIFY(!helperDir().isEmpty());

        DockerConfig docker;
        docker.setHelperSearchPaths({helperDir()});
        QVERIFY(docker.loadFromData(json(config)));
        const Outcome outcome = runLookup(docker, registry);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.found, found);
        QCOMPARE(outcome.credentials.username, username);
        QCOMPARE(outcome.credentials.secret, secret);
        QCOMPARE(outcome.credentials.identityToken, identityToken);
        if (errorText.isEmpty()) {
            QVERIFY2(!outcome.error, qPrintable(outcome.error.message));
        } else {
            QVERIFY(outcome.error);
            QVERIFY2(outcome.error.message.contains(errorText), qPrintable(outcome.error.message));
        }
    }

    void helperTimeout()
    {
        DockerConfig docker;
        docker.setHelperSearchPaths({helperDir()});
        docker.setHelperTimeout(300ms);
        QVERIFY(docker.loadFromData(json(cfg("{'credsStore':'fakehang'}"))));
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = runLookup(docker, u"a.io"_qs);
        QCOMPARE(outcome.finishedCount, 1);
        QVERIFY(!outcome.found);
        QCOMPARE(outcome.error.kind, ErrorKind::Network);
        QVERIFY2(outcome.error.message.contains(u"did not answer"_qs), qPrintable(outcome.error.message));
        QVERIFY2(clock.elapsed() < 10000, "the hanging helper must be given up on, not waited for");
    }

    void secretsNotInErrors()
    {
        // A failing helper's message is passed on; a garbage answer's content is not (it might be a secret).
        DockerConfig docker;
        docker.setHelperSearchPaths({helperDir()});
        QVERIFY(docker.loadFromData(json(cfg("{'credsStore':'fakegarbage'}"))));
        const Outcome outcome = runLookup(docker, u"a.io"_qs);
        QVERIFY(!outcome.error.message.contains(u"this is not json"_qs));
    }
};

QTEST_GUILESS_MAIN(TestDockerConfig)
#include "tst_dockerconfig.moc"
