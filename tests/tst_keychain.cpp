// KeychainStore against a real Secret Service (GNOME Keyring in a private D-Bus session, started
// by scripts/with-keyring). Skips without one, unless BERTH_REQUIRE_KEYRING=1: then it fails.

#include "core/credentialstore.h"
#include "core/keychainstore.h"

#include "support/asyncprocess.h"
#include "support/fakehttpserver.h"
#include "support/registryfixture.h"
#include "support/tokenissuer.h"

#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace std::chrono_literals;

namespace {

const QString registry = QStringLiteral("tst-keychain.invalid:5000");

struct ToolResult {
    int exitCode = -1;
    QByteArray out;
};

// secret-tool is the independent witness: it talks to the Secret Service directly, not via Berth.
// search prints the attributes on stderr: merged for it, never for lookup (stdout is the secret).
ToolResult secretTool(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    if (arguments.value(0) == u"search")
        process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput()};
}

QStringList attributesFor(const QString &username)
{
    return {QStringLiteral("user"), CredentialStore::key(registry, username), QStringLiteral("server"),
            KeychainStore::serviceName()};
}

struct JobResult {
    int finishedCount = 0;
    QString secret;
    Error error;
};

JobResult run(CredentialJob *job)
{
    JobResult result;
    QPointer<CredentialJob> guard(job);
    QSignalSpy spy(job, &CredentialJob::finished);
    QObject::connect(job, &CredentialJob::finished, job, [&result, job] {
        result.secret = job->secret();
        result.error = job->error();
    });
    [&] { QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 30000); }();
    [&] { QTRY_VERIFY(guard.isNull()); }(); // deletes itself after finishing
    result.finishedCount = int(spy.count());
    return result;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    KeychainStore m_store;

    // Why no usable private Secret Service is there, or empty when there is one.
    static QString keyringProblem()
    {
        // Only inside the sandbox: the test writes and deletes entries and must never do that in
        // the user's own keyring.
        if (qEnvironmentVariable("BERTH_KEYRING_SANDBOX") != u"1")
            return u"no private Secret Service: run this test through scripts/with-keyring (ctest does)"_qs;
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            return u"secret-tool is missing (package libsecret-tools)"_qs;
        const QStringList probe{QStringLiteral("server"), QStringLiteral("berth-probe")};
        if (secretTool(QStringList{QStringLiteral("store"), QStringLiteral("--label=probe")} + probe, "x").exitCode != 0)
            return u"the Secret Service does not answer (secret-tool store failed)"_qs;
        if (secretTool(QStringList{QStringLiteral("clear")} + probe).exitCode != 0)
            return u"the Secret Service does not answer (secret-tool clear failed)"_qs;
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString problem = keyringProblem();
        if (!problem.isEmpty()) {
            if (qEnvironmentVariable("BERTH_REQUIRE_KEYRING") == u"1")
                QFAIL(qPrintable(u"BERTH_REQUIRE_KEYRING=1 but "_qs + problem));
            QSKIP(qPrintable(problem));
        }
        m_store.setTimeout(20s);
    }

    void storeIsVisibleToSecretTool()
    {
        const JobResult write = run(m_store.write(registry, u"alice"_qs, u"first-secret"_qs));
        QCOMPARE(write.finishedCount, 1);
        QVERIFY2(!write.error, qPrintable(write.error.message));

        const ToolResult lookup = secretTool(QStringList{u"lookup"_qs} + attributesFor(u"alice"_qs));
        QCOMPARE(lookup.exitCode, 0);
        QCOMPARE(lookup.out, QByteArray("first-secret"));

        // The item carries QtKeychain's attributes, the namespaced key and Berth's service name.
        const ToolResult search = secretTool({u"search"_qs, u"--all"_qs, u"server"_qs, KeychainStore::serviceName()});
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(search.out.contains("attribute.user = berth:tst-keychain.invalid:5000:alice"), search.out.constData());
        QVERIFY2(search.out.contains("attribute.type = plaintext"), search.out.constData());
        QVERIFY2(search.out.contains("schema = org.qt.keychain"), search.out.constData());
    }

    void readBack()
    {
        const JobResult read = run(m_store.read(registry, u"alice"_qs));
        QCOMPARE(read.finishedCount, 1);
        QVERIFY2(!read.error, qPrintable(read.error.message));
        QCOMPARE(read.secret, u"first-secret"_qs);
        // Registry names are case-insensitive: the same entry.
        QCOMPARE(run(m_store.read(u"TST-Keychain.invalid:5000"_qs, u"alice"_qs)).secret, u"first-secret"_qs);
    }

    void overwrite()
    {
        const QString unusual = u"pä:ss wörd/密码 \"quoted\""_qs;
        QVERIFY(!run(m_store.write(registry, u"alice"_qs, unusual)).error);
        const JobResult read = run(m_store.read(registry, u"alice"_qs));
        QVERIFY2(!read.error, qPrintable(read.error.message));
        QCOMPARE(read.secret, unusual);
        // Replaced, not added next to the old one.
        const ToolResult search = secretTool(QStringList{u"search"_qs, u"--all"_qs} + attributesFor(u"alice"_qs));
        QCOMPARE(search.out.count("attribute.user = "), 1);
        QCOMPARE(secretTool(QStringList{u"lookup"_qs} + attributesFor(u"alice"_qs)).out, unusual.toUtf8());
    }

    void readsWhatSecretToolStored()
    {
        const ToolResult stored = secretTool(QStringList{u"store"_qs, u"--label=written by secret-tool"_qs}
                                                 + attributesFor(u"carol"_qs) + QStringList{u"type"_qs, u"plaintext"_qs},
                                             "from-secret-tool");
        QCOMPARE(stored.exitCode, 0);
        const JobResult read = run(m_store.read(registry, u"carol"_qs));
        QVERIFY2(!read.error, qPrintable(read.error.message));
        QCOMPARE(read.secret, u"from-secret-tool"_qs);
        QVERIFY(!run(m_store.remove(registry, u"carol"_qs)).error);
    }

    void missingEntryIsNotFound()
    {
        const JobResult read = run(m_store.read(registry, u"nobody"_qs));
        QCOMPARE(read.finishedCount, 1);
        QCOMPARE(read.error.kind, ErrorKind::NotFound);
        QVERIFY(read.secret.isEmpty());
    }

    void remove()
    {
        const JobResult removed = run(m_store.remove(registry, u"alice"_qs));
        QCOMPARE(removed.finishedCount, 1);
        QVERIFY2(!removed.error, qPrintable(removed.error.message));
        QCOMPARE(run(m_store.read(registry, u"alice"_qs)).error.kind, ErrorKind::NotFound);
        const ToolResult lookup = secretTool(QStringList{u"lookup"_qs} + attributesFor(u"alice"_qs));
        QVERIFY(lookup.out.isEmpty());
        // Removing what is not there is no error (logout twice).
        QVERIFY(!run(m_store.remove(registry, u"alice"_qs)).error);
    }

    // berthctl login checks the password against the token-auth registry before storing it; a
    // wrong one exits 3 and stores nothing; the entry is where secret-tool finds it; commands use
    // it; logout removes it.
    void berthctlLoginLogoutRoundTrip()
    {
        QTemporaryDir dir;
        auto *issuer = new berth::test::TokenIssuer(dir.filePath(u"issuer"_qs), this);
        issuer->addUser(u"robot$ci+builder"_qs, u"right-pw"_qs);
        issuer->grant({u"robot$ci+builder"_qs, u"*"_qs, {u"pull"_qs}});
        issuer->grantCatalog(u"robot$ci+builder"_qs);
        QVERIFY(issuer->start());
        berth::test::RegistryFixture fixture({.auth = berth::test::RegistryAuth::Token, .issuer = issuer});
        fixture.seedImage(u"team/web"_qs, u"1"_qs);
        QVERIFY(fixture.start());
        const QString reg = fixture.hostPort();
        // A Harbor-style robot name: '$' and '+' must survive every layer (no shell, no URL mangling).
        const QString user = u"robot$ci+builder"_qs;
        const QStringList lookup{u"lookup"_qs, u"user"_qs, CredentialStore::key(reg, user), u"server"_qs,
                                 KeychainStore::serviceName()};
        const QString configDir = dir.filePath(u"config"_qs);
        const QStringList env{u"DOCKER_CONFIG="_qs + dir.filePath(u"nodocker"_qs)};
        auto ctl = [&](const QStringList &args, const QByteArray &input = {}) {
            return berth::test::runBerthctlAsync(QStringList{u"--config-dir"_qs, configDir} + args, input, env);
        };

        berth::test::ProcessResult r = ctl({u"login"_qs, reg, u"--username"_qs, user, u"--password-stdin"_qs}, "wrong-pw\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(secretTool(lookup).out.isEmpty());
        QVERIFY(!QFile::exists(configDir + u"/registries.json"_qs));

        r = ctl({u"login"_qs, reg, u"--username"_qs, user, u"--password-stdin"_qs}, "right-pw\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(secretTool(lookup).out, QByteArray("right-pw"));
        const ToolResult search = secretTool({u"search"_qs, u"--all"_qs, u"server"_qs, KeychainStore::serviceName()});
        QVERIFY2(search.out.contains(QByteArray(QByteArray("attribute.user = ") + CredentialStore::key(reg, user).toUtf8())), search.out.constData());
        QFile settings(configDir + u"/registries.json"_qs);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray saved = settings.readAll();
        QVERIFY(saved.contains("robot$ci+builder"));
        QVERIFY(!saved.contains("right-pw"));

        // No credentials on the command line: the keychain entry is used.
        r = ctl({u"catalog"_qs, reg});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("team/web"));

        r = ctl({u"logout"_qs, reg});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(secretTool(lookup).out.isEmpty());
        r = ctl({u"catalog"_qs, reg});
        QCOMPARE(r.exitCode, 3);
    }

    // A Harbor with OIDC sign-in refuses the OIDC password: login says to use the CLI secret.
    void harborOidcLoginHint()
    {
        berth::test::FakeHttpServer harbor;
        harbor.setHandler([](const berth::test::FakeHttpServer::Request &request) {
            if (request.url.path() == u"/api/v2.0/systeminfo")
                return berth::test::FakeHttpServer::Response::json(200, R"({"auth_mode":"oidc_auth","harbor_version":"v2.10.0"})");
            return berth::test::FakeHttpServer::Response::json(401, R"({"errors":[{"code":"UNAUTHORIZED","message":"unauthorized"}]})")
                .withHeader("WWW-Authenticate", R"(Basic realm="harbor")");
        });
        QVERIFY(harbor.listen());
        const QString reg = u"127.0.0.1:"_qs + QString::number(harbor.port());
        QTemporaryDir dir;
        const berth::test::ProcessResult r = berth::test::runBerthctlAsync(
            {u"--config-dir"_qs, dir.path(), u"login"_qs, reg, u"--username"_qs, u"oidc-user"_qs, u"--password-stdin"_qs},
            "oidc-password\n", {u"DOCKER_CONFIG="_qs + dir.filePath(u"nodocker"_qs)});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("CLI secret"), r.err.constData());
        QVERIFY(secretTool(QStringList{u"lookup"_qs, u"user"_qs, CredentialStore::key(reg, u"oidc-user"_qs), u"server"_qs,
                                       KeychainStore::serviceName()}).out.isEmpty());
    }

    // Last: a locked keyring whose unlock prompt cannot be shown (no display). Reading and writing
    // must end with an error that says so, never hang and never pretend success.
    void lockedKeyring()
    {
        QVERIFY(!run(m_store.write(registry, u"dave"_qs, u"before-lock"_qs)).error);
        const QString gdbus = QStandardPaths::findExecutable(u"gdbus"_qs);
        if (gdbus.isEmpty())
            QSKIP("gdbus is missing (package libglib2.0-bin): cannot lock the keyring");
        QProcess lock;
        lock.start(gdbus, {u"call"_qs, u"--session"_qs, u"--dest"_qs, u"org.freedesktop.secrets"_qs,
                           u"--object-path"_qs, u"/org/freedesktop/secrets"_qs, u"--method"_qs,
                           u"org.freedesktop.Secret.Service.Lock"_qs,
                           u"[objectpath '/org/freedesktop/secrets/collection/login']"_qs});
        QVERIFY(lock.waitForFinished(20000));
        QCOMPARE(lock.exitCode(), 0);

        m_store.setTimeout(10s);
        const JobResult read = run(m_store.read(registry, u"dave"_qs));
        QCOMPARE(read.finishedCount, 1);
        // libsecret answers a lookup whose unlock prompt failed with "nothing", so QtKeychain reports
        // NotFound here: reading falls through to the next source, which is acceptable.
        QVERIFY(read.error);
        QVERIFY(read.secret.isEmpty());
        qInfo() << "read from a locked keyring:" << int(read.error.kind) << read.error.message;

        const JobResult write = run(m_store.write(registry, u"dave"_qs, u"after-lock"_qs));
        QCOMPARE(write.finishedCount, 1);
        QVERIFY(write.error);
        QCOMPARE(write.error.kind, ErrorKind::Denied);
        QVERIFY2(write.error.message.contains(u"locked"_qs), qPrintable(write.error.message));
        qInfo() << "write to a locked keyring:" << int(write.error.kind) << write.error.message;
    }

    void cleanupTestCase()
    {
        // Only the test's own entries, and only in the sandbox, whatever happened above.
        if (qEnvironmentVariable("BERTH_KEYRING_SANDBOX") != u"1")
            return;
        for (const char *user : {"alice", "carol", "dave"})
            secretTool(QStringList{u"clear"_qs} + attributesFor(QLatin1String(user)));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
