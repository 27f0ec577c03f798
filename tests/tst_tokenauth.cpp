// Token authentication against the real registry, with the test token issuer in the variants real
// token services show.

#include "core/registryclient.h"
#include "core/registryjobs.h"
#include "support/registryfixture.h"
#include "support/testutil.h"
#include "support/tokenissuer.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

class TestTokenAuth : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    TokenIssuer *m_issuer = nullptr;
    RegistryFixture *m_registry = nullptr;
    Seeded m_private;

    RegistryClient *client(const Credentials &creds = {})
    {
        berth::RegistryOptions o;
        o.registry = m_registry->hostPort();
        o.credentials = creds;
        o.timeoutMs = 15000;
        return new RegistryClient(o, &m_nam, this);
    }

    Error listTags(RegistryClient *c, const QString &repository, QStringList *tags = nullptr)
    {
        ListJob *job = c->tags(repository);
        return waitForJob(job, [&] {
            if (tags)
                *tags = job->items();
        });
    }

private slots:
    void initTestCase()
    {
        m_issuer = new TokenIssuer(m_dir.path(), this);
        m_issuer->addUser(u"alice"_s, u"alice-pw"_s);
        m_issuer->addUser(u"bob"_s, u"bob-pw"_s);
        m_issuer->grant({u"alice"_s, u"*"_s, {u"pull"_s, u"push"_s, u"delete"_s}});
        m_issuer->grantCatalog(u"alice"_s);
        m_issuer->grant({u"bob"_s, u"*"_s, {u"pull"_s}});
        m_issuer->grant({QString(), u"public/*"_s, {u"pull"_s}});
        QVERIFY(m_issuer->start());
        m_registry = new RegistryFixture({.auth = RegistryAuth::Token, .issuer = m_issuer}, this);
        m_private = m_registry->seedImage(u"private/app"_s, u"1.0"_s);
        m_registry->seedImage(u"public/tool"_s, u"2.0"_s);
        QVERIFY(m_registry->start());
    }

    void init()
    {
        m_issuer->setTokenField(TokenIssuer::TokenField::Both);
        m_issuer->setIncludeExpiresIn(true);
        m_issuer->setPostMode(TokenIssuer::PostMode::Supported);
        m_issuer->clearLog();
    }

    void anonymousPullOfPublicOnly()
    {
        RegistryClient *c = client();
        QStringList tags;
        QCOMPARE(listTags(c, u"public/tool"_s, &tags).kind, ErrorKind::None);
        QCOMPARE(tags, QStringList{u"2.0"_s});
        const Error e = listTags(c, u"private/app"_s);
        QCOMPARE(e.exitCode(), 3);
        // The anonymous token request carried no credentials.
        for (const auto &entry : m_issuer->log())
            QVERIFY(!entry.hadAuthorization);
    }

    void catalogNeedsItsScope()
    {
        QStringList repos;
        ListJob *job = client({u"alice"_s, u"alice-pw"_s})->catalog();
        QCOMPARE(waitForJob(job, [&] { repos = job->items(); }).kind, ErrorKind::None);
        QVERIFY(repos.contains(u"private/app"_s));
        QCOMPARE(waitForJob(client({u"bob"_s, u"bob-pw"_s})->catalog()).exitCode(), 3);
    }

    void wrongPasswordIsRefused()
    {
        const Error e = listTags(client({u"alice"_s, u"wrong"_s}), u"private/app"_s);
        QCOMPARE(e.kind, ErrorKind::Unauthorized);
        QCOMPARE(e.exitCode(), 3);
    }

    void tokenServiceVariants_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("expiresIn");
        QTest::addColumn<int>("postMode");
        QTest::addColumn<bool>("expectGet");
        using F = TokenIssuer::TokenField;
        using P = TokenIssuer::PostMode;
        QTest::newRow("token only") << int(F::Token) << true << int(P::Supported) << false;
        QTest::newRow("access_token only") << int(F::AccessToken) << true << int(P::Supported) << false;
        QTest::newRow("no expires_in") << int(F::Both) << false << int(P::Supported) << false;
        QTest::newRow("POST 404 -> GET") << int(F::Both) << true << int(P::NotFound) << true;
        QTest::newRow("POST 405 -> GET") << int(F::Both) << true << int(P::MethodNotAllowed) << true;
        QTest::newRow("POST 401 -> GET") << int(F::Both) << true << int(P::Unauthorized) << true;
    }
    void tokenServiceVariants()
    {
        QFETCH(int, field);
        QFETCH(bool, expiresIn);
        QFETCH(int, postMode);
        QFETCH(bool, expectGet);
        m_issuer->setTokenField(TokenIssuer::TokenField(field));
        m_issuer->setIncludeExpiresIn(expiresIn);
        m_issuer->setPostMode(TokenIssuer::PostMode(postMode));

        QStringList tags;
        QCOMPARE(listTags(client({u"alice"_s, u"alice-pw"_s}), u"private/app"_s, &tags).kind, ErrorKind::None);
        QCOMPARE(tags, QStringList{u"1.0"_s});

        const auto log = m_issuer->log();
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().method, QByteArray("POST"));
        if (expectGet) {
            QCOMPARE(log.size(), 2);
            QCOMPARE(log.at(1).method, QByteArray("GET"));
            QVERIFY(log.at(1).hadAuthorization);
            QCOMPARE(log.at(1).query.allQueryItemValues(u"scope"_s), QStringList{u"repository:private/app:pull"_s});
            QCOMPARE(log.at(1).query.queryItemValue(u"service"_s), m_issuer->service());
        } else {
            QCOMPARE(log.size(), 1);
            QVERIFY(log.first().formBody.contains("grant_type=password"));
        }
    }

    void tokensAreCachedPerScope()
    {
        RegistryClient *c = client({u"alice"_s, u"alice-pw"_s});
        const int before = m_issuer->issuedCount();
        QCOMPARE(listTags(c, u"private/app"_s).kind, ErrorKind::None);
        QCOMPARE(listTags(c, u"private/app"_s).kind, ErrorKind::None);
        QCOMPARE(waitForJob(c->manifest(u"private/app"_s, u"1.0"_s)).kind, ErrorKind::None);
        QCOMPARE(m_issuer->issuedCount() - before, 1);
        QCOMPARE(listTags(c, u"public/tool"_s).kind, ErrorKind::None);
        QCOMPARE(m_issuer->issuedCount() - before, 2);
    }

    void fewerActionsGrantedThanAskedIsRefusedByTheRegistry()
    {
        // bob may pull but not push or delete: the issuer grants less, the registry refuses.
        RegistryClient *c = client({u"bob"_s, u"bob-pw"_s});
        Manifest manifest;
        ManifestJob *get = c->manifest(u"private/app"_s, u"1.0"_s);
        QCOMPARE(waitForJob(get, [&] { manifest = get->manifest(); }).kind, ErrorKind::None);
        const Error push = waitForJob(c->putManifest(u"private/app"_s, u"copy"_s, manifest.bytes, manifest.mediaType));
        QCOMPARE(push.exitCode(), 3);
        const Error del = waitForJob(c->deleteManifest(u"private/app"_s, m_private.digest));
        QCOMPARE(del.exitCode(), 3);
        QVERIFY2(del.kind == ErrorKind::Denied || del.kind == ErrorKind::Unauthorized, qPrintable(del.message));
    }

    void refreshTokenIsUsedAfterTheFirstGrant()
    {
        RegistryClient *c = client({u"alice"_s, u"alice-pw"_s});
        QCOMPARE(listTags(c, u"private/app"_s).kind, ErrorKind::None);
        QCOMPARE(listTags(c, u"public/tool"_s).kind, ErrorKind::None);
        const auto log = m_issuer->log();
        QCOMPARE(log.size(), 2);
        QVERIFY(log.at(0).formBody.contains("grant_type=password"));
        QVERIFY(log.at(0).formBody.contains("access_type=offline"));
        QVERIFY(log.at(1).formBody.contains("grant_type=refresh_token"));
        QVERIFY(!log.at(1).formBody.contains("alice-pw"));
    }
};

QTEST_GUILESS_MAIN(TestTokenAuth)
#include "tst_tokenauth.moc"
