// No secret on disk or in logs: after berthctl login and use (verbose) and after the core's own
// login path with the GUI's log file installed, the configuration folder, the log folder and
// berthctl's output hold the password in no form: plain, base64 (alone and as user:password) or
// URL-encoded. Runs under scripts/with-keyring (a real Secret Service).

#include "core/credentialstore.h"
#include "core/keychainstore.h"
#include "core/logfile.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"

#include "support/asyncprocess.h"
#include "support/registryfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

namespace {

const QString user = u"robot$leak+check"_s;
const QString password = u"Leak-Ch3ck/p@ss w+rd:密"_s;

QList<QByteArray> forms()
{
    const QByteArray plain = password.toUtf8();
    return {plain,
            plain.toBase64(),
            (user + u':' + password).toUtf8().toBase64(),
            QUrl::toPercentEncoding(password),
            QUrl::toPercentEncoding(password).replace("%20", "+")};
}

// Names every file under dir that holds a form of the password.
QStringList leaksIn(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &form : forms()) {
            if (content.contains(form))
                found << file.fileName() + u" holds "_s + QString::fromLatin1(form);
        }
    }
    return found;
}

QStringList leaksInText(const QString &what, const QByteArray &text)
{
    QStringList found;
    for (const QByteArray &form : forms()) {
        if (text.contains(form))
            found << what + u" holds "_s + QString::fromLatin1(form);
    }
    return found;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::RegistryFixture *m_registry = nullptr;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("BERTH_KEYRING_SANDBOX") != u"1") {
            if (qEnvironmentVariable("BERTH_REQUIRE_KEYRING") == u"1")
                QFAIL("BERTH_REQUIRE_KEYRING=1 but no private Secret Service (run through scripts/with-keyring)");
            QSKIP("no private Secret Service: run this test through scripts/with-keyring (ctest does)");
        }
        // The password is sent with Basic authentication on every request: the likeliest to leak.
        m_registry = new test::RegistryFixture({.auth = RegistryAuth::Htpasswd, .users = {{user, password}}}, this);
        m_registry->seedImage(u"team/web"_s, u"1"_s);
        QVERIFY(m_registry->start());
    }

    void berthctlLeavesNoSecret()
    {
        const QString config = m_dir.filePath(u"config"_s);
        const QStringList env{u"DOCKER_CONFIG="_s + m_dir.filePath(u"nodocker"_s)};
        QByteArray output;
        ProcessResult r = runBerthctlAsync({u"-v"_s, u"--config-dir"_s, config, u"login"_s, m_registry->hostPort(),
                                            u"--username"_s, user, u"--password-stdin"_s},
                                           password.toUtf8() + '\n', env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        output += r.out + r.err;
        r = runBerthctlAsync({u"-v"_s, u"--config-dir"_s, config, u"ls"_s, m_registry->hostPort() + u"/team/web"_s}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("1"));
        output += r.out + r.err;
        QVERIFY2(output.contains("GET"), "verbose output logged no request: the scan would prove nothing");

        QVERIFY(QFile::exists(config + u"/registries.json"_s));
        const QStringList leaks = leaksIn(config) + leaksInText(u"berthctl's output"_s, output);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        runBerthctlAsync({u"--config-dir"_s, config, u"logout"_s, m_registry->hostPort()}, {}, env);
    }

    // The GUI's path: the log file installed, every category at debug, credentials stored and read
    // back through the keychain and used against the registry.
    void logFileHoldsNoSecret()
    {
        const QString logDir = m_dir.filePath(u"logs"_s);
        QVERIFY(installLogFile(logDir));
        QLoggingCategory::setFilterRules(u"berth.*.debug=true"_s);

        KeychainStore store;
        CredentialJob *write = store.write(m_registry->hostPort(), user, password);
        QSignalSpy written(write, &CredentialJob::finished);
        QVERIFY(written.wait(30000));
        CredentialJob *read = store.read(m_registry->hostPort(), user);
        QString secret;
        connect(read, &CredentialJob::finished, this, [&] { secret = read->secret(); });
        QSignalSpy readDone(read, &CredentialJob::finished);
        QVERIFY(readDone.wait(30000));
        QCOMPARE(secret, password);

        QNetworkAccessManager nam;
        berth::RegistryOptions options;
        options.registry = m_registry->hostPort();
        options.credentials = Credentials{user, secret, false};
        RegistryClient client(options, &nam);
        QVERIFY(!waitForJob(client.ping()));
        QVERIFY(!waitForJob(client.tags(u"team/web"_s)));
        // A wrong password is logged about too: still without the password.
        options.credentials.secret = password + u"-wrong"_s;
        RegistryClient wrong(options, &nam);
        QCOMPARE(waitForJob(wrong.ping()).kind, ErrorKind::Unauthorized);

        CredentialJob *remove = store.remove(m_registry->hostPort(), user);
        QSignalSpy removed(remove, &CredentialJob::finished);
        QVERIFY(removed.wait(30000));

        QFile log(logFilePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().contains("GET"), "the log file logged no request: the scan would prove nothing");
        const QStringList leaks = leaksIn(logDir);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
