// berthctl against the real registry in its four set-ups: output, exit codes, delete confirmation.

#include "support/registryfixture.h"
#include "support/testutil.h"
#include "support/tokenissuer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

class TestBerthctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TokenIssuer *m_issuer = nullptr;
    RegistryFixture *m_anonymous = nullptr;
    RegistryFixture *m_htpasswd = nullptr;
    RegistryFixture *m_token = nullptr;
    RegistryFixture *m_tls = nullptr;
    QHash<QString, Seeded> m_seeded; // by set-up name

    RegistryFixture *fixture(const QString &setup)
    {
        if (setup == u"anonymous")
            return m_anonymous;
        if (setup == u"htpasswd")
            return m_htpasswd;
        if (setup == u"token")
            return m_token;
        return m_tls;
    }

    // Global options and credentials for a set-up; the password goes on stdin.
    QStringList globals(const QString &setup) const
    {
        QStringList args{u"--config-dir"_s, m_dir.path() + u"/config"_s};
        if (setup == u"htpasswd" || setup == u"token")
            args << u"--username"_s << u"alice"_s << u"--password-stdin"_s;
        if (setup == u"tls")
            args << u"--ca-file"_s << m_tls->caFile();
        return args;
    }

    ProcessResult ctl(const QString &setup, const QStringList &args)
    {
        const bool creds = setup == u"htpasswd" || setup == u"token";
        QStringList env{u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s};
        if (setup == u"tls")
            env << u"BERTH_STRICT_LOOPBACK=1"_s; // TLS verified for real: no implicit loopback insecurity
        return runBerthctl(globals(setup) + args, creds ? QByteArray("alice-pw\n") : QByteArray(), env);
    }

private slots:
    void initTestCase()
    {
        m_issuer = new TokenIssuer(m_dir.path() + u"/issuer"_s, this);
        m_issuer->addUser(u"alice"_s, u"alice-pw"_s);
        m_issuer->grant({u"alice"_s, u"*"_s, {u"pull"_s, u"push"_s, u"delete"_s}});
        m_issuer->grantCatalog(u"alice"_s);
        QVERIFY(m_issuer->start());
        m_anonymous = new RegistryFixture({}, this);
        m_htpasswd = new RegistryFixture({.auth = RegistryAuth::Htpasswd, .users = {{u"alice"_s, u"alice-pw"_s}}}, this);
        m_token = new RegistryFixture({.auth = RegistryAuth::Token, .issuer = m_issuer}, this);
        m_tls = new RegistryFixture({.tls = true}, this);
        for (const QString &setup : {u"anonymous"_s, u"htpasswd"_s, u"token"_s, u"tls"_s}) {
            RegistryFixture *f = fixture(setup);
            m_seeded.insert(setup, f->seedImage(u"team/web"_s, u"1.10"_s, {.layers = 2}));
            f->addTag(u"team/web"_s, u"latest"_s, m_seeded.value(setup).digest);
            f->seedImage(u"team/web"_s, u"1.9"_s, {.seed = 5});
            f->seedImage(u"infra/proxy"_s, u"2"_s, {.seed = 6});
            QVERIFY2(f->start(), qPrintable(setup));
        }
    }

    void setups_data()
    {
        QTest::addColumn<QString>("setup");
        for (const char *s : {"anonymous", "htpasswd", "token", "tls"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void readCommands_data() { setups_data(); }
    void readCommands()
    {
        QFETCH(QString, setup);
        const QString host = fixture(setup)->hostPort();
        const Seeded &seeded = m_seeded[setup];

        ProcessResult r = ctl(setup, {u"catalog"_s, host});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("infra/proxy\nteam/web\n"));

        r = ctl(setup, {u"ls"_s, host + u"/team/web"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("1.9\n1.10\nlatest\n"));

        r = ctl(setup, {u"--json"_s, u"ls"_s, host + u"/team/web"_s});
        QCOMPARE(r.out.trimmed(), QByteArray(R"(["1.9","1.10","latest"])"));

        r = ctl(setup, {u"manifest"_s, host + u"/team/web:1.10"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, seeded.manifest);

        r = ctl(setup, {u"digest"_s, host + u"/team/web:latest"_s});
        QCOMPARE(r.out.trimmed(), seeded.digest.toUtf8());

        r = ctl(setup, {u"config"_s, host + u"/team/web@"_s + seeded.digest});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("\"rootfs\""));

        r = ctl(setup, {u"digest"_s, host + u"/team/web:nope"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
    }

    void tagAndDelete_data() { setups_data(); }
    void tagAndDelete()
    {
        QFETCH(QString, setup);
        const QString host = fixture(setup)->hostPort();
        const QString digest = m_seeded[setup].digest;

        ProcessResult r = ctl(setup, {u"tag"_s, host + u"/team/web:1.10"_s, u"stable"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl(setup, {u"digest"_s, host + u"/team/web:stable"_s});
        QCOMPARE(r.out.trimmed(), digest.toUtf8());

        // No terminal and no --yes: names every tag of the digest, deletes nothing, exit 2.
        r = ctl(setup, {u"delete"_s, host + u"/team/web:stable"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(digest.toUtf8()), r.out.constData());
        for (const char *tag : {"team/web:1.10", "team/web:latest", "team/web:stable"})
            QVERIFY2(r.out.contains(tag), r.out.constData());
        QVERIFY(!r.out.contains("team/web:1.9"));
        QCOMPARE(ctl(setup, {u"digest"_s, host + u"/team/web:stable"_s}).exitCode, 0);

        r = ctl(setup, {u"delete"_s, u"--yes"_s, host + u"/team/web:stable"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl(setup, {u"ls"_s, host + u"/team/web"_s});
        QCOMPARE(r.out, QByteArray("1.9\n"));
        QCOMPARE(ctl(setup, {u"manifest"_s, host + u"/team/web@"_s + digest}).exitCode, 4);
    }

    void refusedCredentialsExit3_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("htpasswd") << u"htpasswd"_s;
        QTest::newRow("token") << u"token"_s;
    }
    void refusedCredentialsExit3()
    {
        QFETCH(QString, setup);
        const QString host = fixture(setup)->hostPort();
        ProcessResult r = runBerthctl({u"--config-dir"_s, m_dir.path() + u"/config"_s, u"catalog"_s, host}, {},
                                      {u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s});
        QCOMPARE(r.exitCode, 3);
        r = runBerthctl({u"--username"_s, u"alice"_s, u"--password-stdin"_s, u"catalog"_s, host}, "wrong\n",
                        {u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.err.contains("wrong"));
    }

    void tlsWithoutCaIsRefusedAndInsecureWorks()
    {
        const QString host = m_tls->hostPort();
        ProcessResult r = runBerthctl({u"catalog"_s, host}, {}, {u"BERTH_STRICT_LOOPBACK=1"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--ca-file"), r.err.constData());
        r = runBerthctl({u"--insecure"_s, u"catalog"_s, host}, {}, {u"BERTH_STRICT_LOOPBACK=1"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void usageErrors()
    {
        QCOMPARE(runBerthctl({}).exitCode, 2);
        QCOMPARE(runBerthctl({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(runBerthctl({u"ls"_s}).exitCode, 2);
        QCOMPARE(runBerthctl({u"ls"_s, u"UPPER/case"_s}).exitCode, 2);
        QCOMPARE(runBerthctl({u"--bogus"_s, u"ls"_s, u"x/y"_s}).exitCode, 2);
        const ProcessResult help = runBerthctl({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"login", "logout", "catalog", "ls", "manifest", "digest", "config", "delete",
                                    "untag", "tag", "pull", "push", "copy", "sync", "harbor"})
            QVERIFY2(help.out.contains(QByteArray("  ").append(command).append(' ')), command);
    }
};

QTEST_GUILESS_MAIN(TestBerthctl)
#include "tst_berthctl.moc"
