// FakeHarbor behaves like Harbor where clients trip: paging headers, the CSRF cookie trap, 412 on a
// non-empty project, encoded repository names, 401/403/404 - and it records definition violations.

#include "support/fakeharbor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using berth::test::FakeHarbor;
namespace harbor = berth::test::harbor;

namespace {

// What a Harbor client should use: cookies are never stored nor sent.
class NoCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

struct Reply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QString errorCode() const { return json().object().value("errors"_L1).toArray().at(0)["code"_L1].toString(); }
};

} // namespace

class TstFakeHarbor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void systemInfoWithoutCredentials();
    void requestIdAndSessionCookieOnEveryResponse();
    void basicAuth();
    void pagingHeaders();
    void csrfTrapWithCookieJar();
    void nonEmptyProjectDeleteIs412();
    void repositoryNamesEncodedTwice();
    void projectPermissions();
    void indexChildrenAndOptions();
    void copyArtifactAndTags();
    void createProjectThroughApi();
    void violationsAreRecorded();

private:
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &user = "admin", const QByteArray &password = "Harbor12345",
               const QList<QPair<QByteArray, QByteArray>> &extra = {});

    std::unique_ptr<FakeHarbor> m_harbor;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TstFakeHarbor::initTestCase()
{
    BERTH_REQUIRE_HARBOR_SPEC();
}

void TstFakeHarbor::init()
{
    m_harbor = std::make_unique<FakeHarbor>();
    QVERIFY(m_harbor->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setCookieJar(new NoCookieJar(m_nam.get()));
}

void TstFakeHarbor::cleanup()
{
    if (m_harbor && !QTest::currentTestFailed() && qstrcmp(QTest::currentTestFunction(), "violationsAreRecorded") != 0)
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(*m_harbor);
    m_nam.reset();
    m_harbor.reset();
}

Reply TstFakeHarbor::send(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QByteArray &user, const QByteArray &password,
                          const QList<QPair<QByteArray, QByteArray>> &extra)
{
    QNetworkRequest request(m_harbor->apiUrl(path));
    if (!user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + QByteArray(user + ':' + password).toBase64());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &[k, v] : extra)
        request.setRawHeader(k, v);
    // HEAD through sendCustomRequest would make QNAM wait for a body that never comes.
    std::unique_ptr<QNetworkReply> reply(method == "HEAD" ? m_nam->head(request)
                                                          : m_nam->sendCustomRequest(request, method, body));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        reply->abort(); // status 0: the test's comparison fails with it
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->readAll();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        out.headers.insert(k.toLower(), v);
    return out;
}

void TstFakeHarbor::systemInfoWithoutCredentials()
{
    const Reply r = send("GET", u"/systeminfo"_s, {}, {}, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["auth_mode"_L1].toString(), u"db_auth"_s);
    QVERIFY(!r.json()["harbor_version"_L1].toString().isEmpty());
    QCOMPARE(send("GET", u"/ping"_s, {}, {}, {}).body, "Pong"_ba);
    QCOMPARE(send("GET", u"/health"_s, {}, {}, {}).json()["status"_L1].toString(), u"healthy"_s);
}

void TstFakeHarbor::requestIdAndSessionCookieOnEveryResponse()
{
    const Reply ok = send("GET", u"/projects"_s);
    const Reply denied = send("GET", u"/users/current"_s, {}, {}, {});
    for (const Reply &r : {ok, denied}) {
        QVERIFY(!r.headers.value("x-request-id").isEmpty());
        QVERIFY2(r.headers.value("set-cookie").startsWith("sid="), r.headers.value("set-cookie").constData());
        QVERIFY(r.headers.value("set-cookie").contains("HttpOnly"));
    }
    QVERIFY(ok.headers.value("x-request-id") != denied.headers.value("x-request-id"));
    const Reply echoed = send("GET", u"/projects"_s, {}, "admin", "Harbor12345", {{"X-Request-Id", "trace-42"}});
    QCOMPARE(echoed.headers.value("x-request-id"), "trace-42"_ba);
}

void TstFakeHarbor::basicAuth()
{
    const Reply anonymous = send("GET", u"/users/current"_s, {}, {}, {});
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.errorCode(), u"UNAUTHORIZED"_s);
    QVERIFY(!anonymous.json()["errors"_L1][0]["message"_L1].toString().isEmpty());
    QCOMPARE(send("GET", u"/users/current"_s, {}, "admin", "wrong").status, 401);
    const Reply admin = send("GET", u"/users/current"_s);
    QCOMPARE(admin.status, 200);
    QCOMPARE(admin.json()["username"_L1].toString(), u"admin"_s);
    QCOMPARE(admin.json()["sysadmin_flag"_L1].toBool(), true);
    m_harbor->addRobot(u"robot$ci"_s, u"s3cret"_s);
    QCOMPARE(send("GET", u"/projects/library"_s, {}, "robot$ci", "s3cret").status, 200);
}

void TstFakeHarbor::pagingHeaders()
{
    for (int i = 0; i < 25; ++i)
        m_harbor->addProject(u"p%1"_s.arg(i, 2, 10, QChar(u'0')));
    // 26 with "library".
    const Reply first = send("GET", u"/projects"_s);
    QCOMPARE(first.json().array().size(), 10); // page_size defaults to 10
    QCOMPARE(first.headers.value("x-total-count"), "26"_ba);
    QCOMPARE(first.headers.value("link"), R"(</api/v2.0/projects?page=2&page_size=10>; rel="next")"_ba);

    const Reply middle = send("GET", u"/projects?page=2&page_size=10"_s);
    QCOMPARE(middle.json().array().size(), 10);
    QCOMPARE(middle.json().array().at(0)["name"_L1].toString(), u"p09"_s); // sorted by name after "library"
    QCOMPARE(middle.headers.value("link"),
             R"(</api/v2.0/projects?page=1&page_size=10>; rel="prev" , </api/v2.0/projects?page=3&page_size=10>; rel="next")"_ba);

    const Reply last = send("GET", u"/projects?page_size=10&page=3&q=name%3D~p"_s);
    QCOMPARE(last.headers.value("x-total-count"), "25"_ba);
    QCOMPARE(last.json().array().size(), 5);
    QCOMPARE(last.headers.value("link"), R"(</api/v2.0/projects?page=2&page_size=10&q=name=~p>; rel="prev")"_ba);

    QCOMPARE(send("GET", u"/projects?page_size=100"_s).json().array().size(), 26);
}

void TstFakeHarbor::csrfTrapWithCookieJar()
{
    // QNetworkAccessManager keeps cookies by default: the sid from the first answer comes back.
    m_nam->setCookieJar(new QNetworkCookieJar(m_nam.get()));
    QCOMPARE(send("GET", u"/projects"_s).status, 200);
    const Reply trapped = send("POST", u"/projects"_s, R"({"project_name":"trap","metadata":{"public":"false"}})");
    QCOMPARE(trapped.status, 403);
    QCOMPARE(trapped.errorCode(), u"FORBIDDEN"_s);
    QCOMPARE(trapped.json()["errors"_L1][0]["message"_L1].toString(), u"CSRF token invalid"_s);
    QCOMPARE(m_harbor->csrfRejections(), 1);
    QVERIFY(!m_harbor->projectByName(u"trap"_s));
    QCOMPARE(send("GET", u"/projects/library"_s).status, 200); // reads are not checked

    m_nam->setCookieJar(new NoCookieJar(m_nam.get()));
    QCOMPARE(send("POST", u"/projects"_s, R"({"project_name":"trap","metadata":{"public":"false"}})").status, 201);
    QCOMPARE(m_harbor->csrfRejections(), 1);
}

void TstFakeHarbor::nonEmptyProjectDeleteIs412()
{
    m_harbor->addProject(u"team"_s);
    m_harbor->addArtifact(u"team/web"_s, u"sha256:aaa"_s, {u"v1"_s});
    QCOMPARE(send("GET", u"/projects/team/_deletable"_s).json()["deletable"_L1].toBool(), false);
    const Reply refused = send("DELETE", u"/projects/team"_s);
    QCOMPARE(refused.status, 412);
    QCOMPARE(refused.errorCode(), u"PRECONDITION"_s);
    QCOMPARE(send("DELETE", u"/projects/team/repositories/web"_s).status, 200);
    QCOMPARE(send("GET", u"/projects/team/_deletable"_s).json()["deletable"_L1].toBool(), true);
    QCOMPARE(send("DELETE", u"/projects/team"_s).status, 200);
    QCOMPARE(send("GET", u"/projects/team"_s).status, 404);
}

void TstFakeHarbor::repositoryNamesEncodedTwice()
{
    const int teamId = m_harbor->addProject(u"team"_s);
    m_harbor->addArtifact(u"team/a/b"_s, u"sha256:bbb"_s, {u"1.0"_s});
    const Reply list = send("GET", u"/projects/team/repositories/a%252Fb/artifacts?with_tag=true"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json()[0]["repository_name"_L1].toString(), u"team/a/b"_s);
    QCOMPARE(list.json()[0]["tags"_L1][0]["name"_L1].toString(), u"1.0"_s);
    const Reply repos = send("GET", u"/projects/team/repositories"_s);
    QCOMPARE(repos.json()[0]["name"_L1].toString(), u"team/a/b"_s);
    QCOMPARE(repos.json()[0]["project_id"_L1].toInt(), teamId);
    // The id form of the project: numeric means id unless X-Is-Resource-Name says otherwise.
    QCOMPARE(send("GET", u"/projects/%1"_s.arg(teamId)).json()["name"_L1].toString(), u"team"_s);
    QCOMPARE(send("GET", u"/projects/%1"_s.arg(teamId), {}, "admin", "Harbor12345", {{"X-Is-Resource-Name", "true"}})
                 .status,
             404);

    const Reply single = send("GET", u"/projects/team/repositories/a%2Fb/artifacts"_s);
    QCOMPARE(single.status, 400);
    QCOMPARE(m_harbor->violations().size(), 1);
    QVERIFY2(m_harbor->violations().constFirst().contains(u"a%2Fb"_s), qPrintable(m_harbor->violations().constFirst()));
    m_harbor->clearViolations();
}

void TstFakeHarbor::projectPermissions()
{
    const int bob = m_harbor->addUser(u"bob"_s, u"Bob12345"_s);
    const int secret = m_harbor->addProject(u"secret"_s, false);
    const int shared = m_harbor->addProject(u"shared"_s, true);
    m_harbor->addArtifact(u"secret/app"_s, u"sha256:ccc"_s, {u"v1"_s});
    m_harbor->addArtifact(u"shared/app"_s, u"sha256:ddd"_s, {u"v1"_s});
    Q_UNUSED(secret)

    QCOMPARE(send("GET", u"/projects/secret"_s, {}, "bob", "Bob12345").status, 403);
    QCOMPARE(send("GET", u"/projects/secret"_s, {}, {}, {}).status, 401);
    QCOMPARE(send("GET", u"/projects/nosuch"_s, {}, "bob", "Bob12345").status, 403); // Harbor hides existence
    QCOMPARE(send("GET", u"/projects/nosuch"_s).status, 404);
    // Public projects: anyone reads, non-members do not write.
    QCOMPARE(send("GET", u"/projects/shared/repositories/app/artifacts"_s, {}, {}, {}).status, 200);
    QCOMPARE(send("DELETE", u"/projects/shared/repositories/app/artifacts/v1"_s, {}, "bob", "Bob12345").status, 403);
    // Bob's list: public projects only, until he becomes a member.
    QCOMPARE(send("GET", u"/projects"_s, {}, "bob", "Bob12345").json().array().size(), 2);
    m_harbor->addMember(shared, bob, harbor::Role::Developer);
    QCOMPARE(send("POST", u"/projects/shared/repositories/app/artifacts/v1/tags"_s, R"({"name":"v2"})", "bob",
                  "Bob12345").status,
             201);
    QCOMPARE(send("DELETE", u"/projects/shared/repositories/app/artifacts/v1/tags/v2"_s, {}, "bob", "Bob12345").status,
             403); // developers cannot delete
    const Reply proj = send("GET", u"/projects/shared"_s, {}, "bob", "Bob12345");
    QCOMPARE(proj.json()["current_user_role_id"_L1].toInt(), 2);
}

void TstFakeHarbor::indexChildrenAndOptions()
{
    const int amd = m_harbor->addArtifact(u"library/multi"_s, u"sha256:c1"_s, {}, 100);
    m_harbor->addArtifact(u"library/multi"_s, u"sha256:c2"_s, {}, 200);
    const int index = m_harbor->addArtifact(u"library/multi"_s, u"sha256:idx"_s, {u"latest"_s}, 10);
    m_harbor->setIndexChildren(index, {{u"sha256:c1"_s, {u"linux"_s, u"amd64"_s, {}}},
                                       {u"sha256:c2"_s, {u"linux"_s, u"arm64"_s, u"v8"_s}}});
    const int label = m_harbor->addLabel(u"prod"_s);
    m_harbor->attachLabel(index, label);
    m_harbor->addAccessory(index, u"sha256:sig"_s);

    const Reply plain = send("GET", u"/projects/library/repositories/multi/artifacts"_s);
    QCOMPARE(plain.json().array().size(), 1); // untagged children hidden
    const QJsonObject art = plain.json()[0].toObject();
    QCOMPARE(art["manifest_media_type"_L1].toString(), u"application/vnd.oci.image.index.v1+json"_s);
    QCOMPARE(art["references"_L1][1]["child_digest"_L1].toString(), u"sha256:c2"_s);
    QCOMPARE(art["references"_L1][1]["platform"_L1]["variant"_L1].toString(), u"v8"_s);
    QVERIFY(!art.contains("labels"_L1));
    QVERIFY(!art.contains("accessories"_L1));

    const Reply rich = send("GET", u"/projects/library/repositories/multi/artifacts/latest"
                                   "?with_label=true&with_accessory=true&with_scan_overview=true"_s);
    QCOMPARE(rich.json()["labels"_L1][0]["name"_L1].toString(), u"prod"_s);
    QCOMPARE(rich.json()["accessories"_L1][0]["digest"_L1].toString(), u"sha256:sig"_s);
    QVERIFY(!rich.json().object().contains("scan_overview"_L1));
    QCOMPARE(send("POST", u"/projects/library/repositories/multi/artifacts/latest/scan"_s).status, 202);
    const Reply scanned = send("GET", u"/projects/library/repositories/multi/artifacts/latest?with_scan_overview=true"_s);
    QVERIFY(scanned.json()["scan_overview"_L1].toObject().begin()->toObject()["scan_status"_L1] == u"Success"_s);

    // A child of an index cannot go on its own; the index takes its untagged children along.
    QCOMPARE(send("DELETE", u"/projects/library/repositories/multi/artifacts/sha256:c1"_s).status, 412);
    QCOMPARE(send("DELETE", u"/projects/library/repositories/multi/artifacts/latest"_s).status, 200);
    QCOMPARE(send("GET", u"/projects/library/repositories/multi"_s).json()["artifact_count"_L1].toInt(), 0);
    Q_UNUSED(amd)
}

void TstFakeHarbor::copyArtifactAndTags()
{
    m_harbor->addProject(u"dest"_s);
    m_harbor->addArtifact(u"library/web"_s, u"sha256:eee"_s, {u"1.0"_s, u"latest"_s}, 4096);
    const Reply copied = send("POST", u"/projects/dest/repositories/mirror%252Fweb/artifacts?from=library%2Fweb%3A1.0"_s);
    QCOMPARE(copied.status, 201);
    QCOMPARE(copied.headers.value("location"),
             "/api/v2.0/projects/dest/repositories/mirror%252Fweb/artifacts/sha256:eee"_ba);
    const Reply tags = send("GET", u"/projects/dest/repositories/mirror%252Fweb/artifacts/sha256:eee/tags"_s);
    QCOMPARE(tags.headers.value("x-total-count"), "2"_ba);
    QCOMPARE(send("POST", u"/projects/dest/repositories/mirror%252Fweb/artifacts/1.0/tags"_s, R"({"name":"latest"})")
                 .status,
             409);
    QCOMPARE(send("DELETE", u"/projects/dest/repositories/mirror%252Fweb/artifacts/1.0/tags/latest"_s).status, 200);
    const Reply summary = send("GET", u"/projects/dest/summary"_s);
    QCOMPARE(summary.json()["repo_count"_L1].toInt(), 1);
    QCOMPARE(summary.json()["quota"_L1]["used"_L1]["storage"_L1].toInteger(), 4096);
}

void TstFakeHarbor::createProjectThroughApi()
{
    const QByteArray body = R"({"project_name":"made","metadata":{"public":"true"},"storage_limit":1073741824})";
    const Reply created = send("POST", u"/projects"_s, body);
    QCOMPARE(created.status, 201);
    QVERIFY(created.headers.value("location").startsWith("/api/v2.0/projects/"));
    QCOMPARE(send("POST", u"/projects"_s, body).status, 409);
    QCOMPARE(send("HEAD", u"/projects?project_name=made"_s).status, 200);
    QCOMPARE(send("HEAD", u"/projects?project_name=nope"_s).status, 404);
    QCOMPARE(send("POST", u"/projects"_s, R"({"project_name":"Bad Name"})").status, 400);
    const harbor::Project *p = m_harbor->projectByName(u"made"_s);
    QVERIFY(p);
    QVERIFY(p->isPublic);
    QCOMPARE(p->storageLimit, 1073741824);
    QCOMPARE(send("GET", u"/projects/made/summary"_s).json()["quota"_L1]["hard"_L1]["storage"_L1].toInteger(),
             1073741824);
}

void TstFakeHarbor::violationsAreRecorded()
{
    const Reply unknown = send("GET", u"/projects?pagesize=5"_s);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), u"BAD_REQUEST"_s);
    QVERIFY(!unknown.headers.value("x-request-id").isEmpty());
    QCOMPARE(send("POST", u"/projects"_s, R"({"project_name":"x","metadata":{"public":true}})").status, 400);
    QCOMPARE(send("GET", u"/nosuch"_s).status, 400);
    // Defined by Harbor but not modelled by the fake: answered 501 and listed, so tests notice.
    QCOMPARE(send("GET", u"/statistics"_s).status, 501);
    const QStringList v = m_harbor->violations();
    QCOMPARE(v.size(), 4);
    QVERIFY2(v.at(0).contains(u"unknown query parameter 'pagesize'"_s), qPrintable(v.at(0)));
    QVERIFY2(v.at(1).contains(u"metadata.public must be a string"_s), qPrintable(v.at(1)));
    QVERIFY2(v.at(2).contains(u"no route"_s), qPrintable(v.at(2)));
    QVERIFY2(v.at(3).contains(u"not implemented"_s), qPrintable(v.at(3)));
    m_harbor->clearViolations();
    QVERIFY(m_harbor->violations().isEmpty());
}

QTEST_GUILESS_MAIN(TstFakeHarbor)
#include "tst_fakeharbor.moc"
