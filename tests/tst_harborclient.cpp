// HarborClient against FakeHarbor, which checks every request against Harbor's API definition
// (swagger v2.15.2). This proves the client against the definition and Harbor's documented
// behaviour, not against a running Harbor.

#include "core/harborclient.h"
#include "core/harborerror.h"
#include "core/netutil.h"
#include "support/fakeharbor.h"
#include "support/fakehttpserver.h"
#include "support/testcerts.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace berth;
using berth::test::FakeHarbor;
using berth::test::waitForJob;

namespace {

QString digestOf(char c)
{
    return u"sha256:"_s + QString(64, QLatin1Char(c));
}

RegistryOptions optionsFor(const FakeHarbor &h, const QString &user = u"admin"_s,
                           const QString &password = u"Harbor12345"_s)
{
    RegistryOptions o;
    o.registry = h.url().authority();
    if (!user.isEmpty())
        o.credentials = Credentials{user, password, false};
    o.timeoutMs = 10000;
    return o;
}

int countRequests(const FakeHarbor &h, const QByteArray &method, const QByteArray &pathPart)
{
    int n = 0;
    for (const auto &r : h.requests())
        n += (r.method == method && r.target.contains(pathPart)) ? 1 : 0;
    return n;
}

} // namespace

class TstHarborClient : public QObject
{
    Q_OBJECT

private slots:
    void errorMapping_data();
    void errorMapping();
    void pathSegments();
    void detect();
    void projectsPagePastHundred();
    void doubleEncodedRepositoryNames();
    void noCookieEverSent();
    void pinnedCertificate();
    void projectDeleteChecksDeletable();
    void createProjectOptions();
    void refusedAndDenied();
    void searchAndProxyCache();
    void notHarbor();
    void repeatingLinkTerminates();
    void summaryWithQuota();
    void membersRobotsLabelsPermissions();
    void scanStopAndReport();
    void copyArtifactFromAnotherRepository();

private:
    QNetworkAccessManager m_nam; // keeps cookies, as an application's manager may
};

void TstHarborClient::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("401") << 401 << QByteArray(R"({"errors":[{"code":"UNAUTHORIZED","message":"unauthorized"}]})") << 3
                         << u"credentials"_s;
    QTest::newRow("403") << 403 << QByteArray(R"({"errors":[{"code":"FORBIDDEN","message":"forbidden"}]})") << 3
                         << u"permission"_s;
    QTest::newRow("csrf") << 403 << QByteArray(R"({"errors":[{"code":"FORBIDDEN","message":"CSRF token invalid"}]})")
                          << 3 << u"cookie"_s;
    QTest::newRow("404") << 404 << QByteArray(R"({"errors":[{"code":"NOT_FOUND","message":"project x not found"}]})")
                         << 4 << u"project x not found"_s;
    QTest::newRow("412") << 412 << QByteArray(R"({"errors":[{"code":"PRECONDITION","message":"has repos"}]})") << 1
                         << u"not empty"_s;
    QTest::newRow("409") << 409 << QByteArray(R"({"errors":[{"code":"CONFLICT","message":"exists"}]})") << 1
                         << u"already exists"_s;
    QTest::newRow("html 500") << 500 << QByteArray("<html>oops</html>") << 1 << u"HTTP 500"_s;
}

void TstHarborClient::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Error e = HarborErrors::fromHttp(status, body, u"harbor.example"_s, u"project x"_s);
    QCOMPARE(e.exitCode(), exitCode);
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    QVERIFY(e.message.contains(u"harbor.example"_s));
}

void TstHarborClient::pathSegments()
{
    QCOMPARE(HarborClient::repositorySegment(u"team/web"_s), QByteArray("team%252Fweb"));
    QCOMPARE(HarborClient::repositorySegment(u"web"_s), QByteArray("web"));
    QCOMPARE(HarborClient::referenceSegment(digestOf('a')), digestOf('a').toLatin1());
    QCOMPARE(HarborClient::repositoryPath(u"library"_s, u"a/b/c"_s),
             QByteArray("/projects/library/repositories/a%252Fb%252Fc"));
}

void TstHarborClient::detect()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.setAuthMode(u"oidc_auth"_s);
    HarborClient client(optionsFor(h, {}), &m_nam);
    HarborSystemInfo info;
    HarborDetectJob *job = client.detect();
    const Error e = waitForJob(job, [&] { info = job->info(); });
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(info.isHarbor);
    QCOMPARE(info.version, u"v2.15.2-fake"_s);
    QCOMPARE(info.authMode, u"oidc_auth"_s);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::projectsPagePastHundred()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    for (int i = 0; i < 230; ++i)
        h.addProject(u"p%1"_s.arg(i, 3, 10, QLatin1Char('0')), i % 2 == 0);
    HarborClient client(optionsFor(h), &m_nam);
    HarborListJob *job = client.projects();
    QList<HarborProject> projects;
    const Error e = waitForJob(job, [&] { projects = job->projects(); });
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(projects.size(), 231); // library + 230
    QStringList names;
    for (const HarborProject &p : projects)
        names << p.name;
    QCOMPARE(names.removeDuplicates(), 0);
    QVERIFY(names.contains(u"p229"_s));
    QCOMPARE(countRequests(h, "GET", "/api/v2.0/projects?"), 3);
    QCOMPARE(countRequests(h, "GET", "page_size=100"), 3);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::doubleEncodedRepositoryNames()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.addArtifact(u"library/team/web"_s, digestOf('a'), {u"1.0"_s, u"latest"_s}, 4096);
    h.addArtifact(u"library/team/web"_s, digestOf('b'), {}, 2048);
    HarborClient client(optionsFor(h), &m_nam);

    HarborListJob *repos = client.repositories(u"library"_s);
    QList<HarborRepository> repositories;
    QVERIFY(!waitForJob(repos, [&] { repositories = repos->repositories(); }));
    QCOMPARE(repositories.size(), 1);
    QCOMPARE(repositories.at(0).name, u"library/team/web"_s);
    QCOMPARE(repositories.at(0).nameInProject(), u"team/web"_s);

    HarborListJob *arts = client.artifacts(u"library"_s, u"team/web"_s);
    QList<HarborArtifact> artifacts;
    const Error e = waitForJob(arts, [&] { artifacts = arts->artifacts(); });
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(artifacts.size(), 2);
    int tagged = artifacts.at(0).digest == digestOf('a') ? 0 : 1;
    QCOMPARE(artifacts.at(tagged).size, 4096);
    QCOMPARE(artifacts.at(tagged).tags.size(), 2);
    QVERIFY(artifacts.at(1 - tagged).tags.isEmpty());

    QVERIFY(!waitForJob(client.addTag(u"library"_s, u"team/web"_s, digestOf('b'), u"2.0"_s)));
    QVERIFY(!waitForJob(client.deleteTag(u"library"_s, u"team/web"_s, u"1.0"_s, u"1.0"_s)));
    QVERIFY(!waitForJob(client.deleteArtifact(u"library"_s, u"team/web"_s, u"2.0"_s)));
    QVERIFY(countRequests(h, "GET", "/repositories/team%252Fweb/artifacts?") >= 1);
    QCOMPARE(countRequests(h, "POST", "/repositories/team%252Fweb/artifacts/" + digestOf('b').toLatin1() + "/tags"), 1);

    HarborListJob *after = client.artifacts(u"library"_s, u"team/web"_s);
    QList<HarborArtifact> left;
    QVERIFY(!waitForJob(after, [&] { left = after->artifacts(); }));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).digest, digestOf('a'));
    QCOMPARE(left.at(0).tags, QStringList{u"latest"_s});

    QVERIFY(!waitForJob(client.deleteRepository(u"library"_s, u"team/web"_s)));
    QVERIFY(!h.findRepository(u"library/team/web"_s));
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::noCookieEverSent()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.addArtifact(u"library/web"_s, digestOf('c'), {u"1"_s});
    HarborClient client(optionsFor(h), &m_nam); // m_nam has a cookie jar: the client must not use it
    QVERIFY(!waitForJob(client.projects()));
    QVERIFY(!waitForJob(client.createProject({u"fresh"_s, false, -1, 0})));
    QVERIFY(!waitForJob(client.addTag(u"library"_s, u"web"_s, digestOf('c'), u"2"_s)));
    QVERIFY(!waitForJob(client.deleteRepository(u"library"_s, u"web"_s)));
    QCOMPARE(h.csrfRejections(), 0);
    for (const auto &r : h.requests())
        QVERIFY2(r.header("cookie").isEmpty(), r.target.constData());
    QVERIFY(h.projectByName(u"fresh"_s));
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

// A certificate the user pinned for the registry (certificatedialog) is accepted by the Harbor API
// calls too, not only by the v2 probe; without the pin the same calls fail on TLS.
void TstHarborClient::pinnedCertificate()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    QTemporaryDir dir;
    const test::TestCertificates certs = test::TestCertificates::generate(dir.path());
    QVERIFY(certs.isValid());
    FakeHarbor h;
    QVERIFY(h.startTls(certs.serverCertFile, certs.serverKeyFile));
    const QList<QSslCertificate> server = QSslCertificate::fromPath(certs.serverCertFile);
    QCOMPARE(server.size(), 1);

    RegistryOptions unpinned = optionsFor(h); // the test CA is not trusted
    unpinned.loopbackIsInsecure = false;      // as a registry on another host would be
    unpinned.maxRetries = 0;
    QNetworkAccessManager nam1;
    HarborClient refused(unpinned, &nam1);
    QVERIFY(waitForJob(refused.projects()).isError());

    RegistryOptions pinned = unpinned;
    pinned.pinnedCertificates = {net::sha256Fingerprint(server.first())};
    QNetworkAccessManager nam2;
    HarborClient client(pinned, &nam2);
    const Error e = waitForJob(client.projects());
    QVERIFY2(!e, qPrintable(e.message));
    // Qt remembers an accepted certificate only for the connections of the time (it was the
    // endpoint probe that accepted it); later requests shake hands anew and must be accepted again.
    nam2.clearConnectionCache();
    const Error later = waitForJob(client.projects());
    QVERIFY2(!later, qPrintable(later.message));
    QVERIFY(!waitForJob(client.createProject({u"pinned"_s, false, -1, 0})));
    QVERIFY(h.projectByName(u"pinned"_s));
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::projectDeleteChecksDeletable()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    const int full = h.addProject(u"full"_s);
    h.addArtifact(u"full/app"_s, digestOf('d'), {u"v1"_s});
    const int numeric = h.addProject(u"123"_s);
    Q_UNUSED(full)
    HarborClient client(optionsFor(h), &m_nam);

    const Error e = waitForJob(client.deleteProject(u"full"_s));
    QCOMPARE(e.kind, ErrorKind::Server);
    QCOMPARE(e.httpStatus, 412);
    QVERIFY2(e.message.contains(u"full"_s) && e.message.contains(u"repositories"_s), qPrintable(e.message));
    QCOMPARE(countRequests(h, "GET", "/projects/full/_deletable"), 1);
    QCOMPARE(countRequests(h, "DELETE", "/projects/full"), 0); // the check stopped it
    QVERIFY(h.projectByName(u"full"_s));

    // "123" is a name, not the project with id 123.
    QVERIFY(!waitForJob(client.deleteProject(u"123"_s)));
    QVERIFY(!h.projectByName(u"123"_s));
    QVERIFY(!h.findProject(QString::number(numeric), false));
    for (const auto &r : h.requests()) {
        if (r.target.contains("/projects/123"))
            QCOMPARE(r.header("x-is-resource-name"), QByteArray("true"));
    }

    const Error missing = waitForJob(client.deleteProject(u"nothere"_s));
    QCOMPARE(missing.kind, ErrorKind::NotFound);
    QCOMPARE(missing.exitCode(), 4);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::createProjectOptions()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    HarborClient client(optionsFor(h), &m_nam);
    QVERIFY(!waitForJob(client.createProject({u"pub"_s, true, 1024 * 1024, 0})));
    const auto *p = h.projectByName(u"pub"_s);
    QVERIFY(p);
    QVERIFY(p->isPublic);
    QCOMPARE(p->storageLimit, 1024 * 1024);
    const Error again = waitForJob(client.createProject({u"pub"_s, true, -1, 0}));
    QCOMPARE(again.httpStatus, 409);
    QVERIFY2(again.message.contains(u"already exists"_s), qPrintable(again.message));
    const Error bad = waitForJob(client.createProject({u"Bad Name"_s, false, -1, 0}));
    QCOMPARE(bad.kind, ErrorKind::InvalidInput);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::refusedAndDenied()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.addUser(u"dev"_s, u"devpass"_s);
    h.addProject(u"secret"_s);

    // Harbor treats wrong credentials as anonymous; the client proves them first.
    HarborClient wrong(optionsFor(h, u"admin"_s, u"nope"_s), &m_nam);
    const Error refused = waitForJob(wrong.projects());
    QCOMPARE(refused.kind, ErrorKind::Unauthorized);
    QCOMPARE(refused.exitCode(), 3);
    QVERIFY2(refused.message.contains(u"admin"_s), qPrintable(refused.message));

    // Under oidc_auth, /users/current does not take a CLI secret: a 401 there is no proof.
    h.setAuthMode(u"oidc_auth"_s);
    HarborClient oidc(optionsFor(h, u"admin"_s, u"cli-secret-not-checkable"_s), &m_nam);
    const Error lenient = waitForJob(oidc.projects());
    QVERIFY2(!lenient, qPrintable(lenient.message));
    h.setAuthMode(u"db_auth"_s);

    HarborClient dev(optionsFor(h, u"dev"_s, u"devpass"_s), &m_nam);
    const Error denied = waitForJob(dev.deleteProject(u"library"_s));
    QCOMPARE(denied.kind, ErrorKind::Denied);
    QCOMPARE(denied.exitCode(), 3);

    HarborClient anonymous(optionsFor(h, {}), &m_nam);
    const Error anon = waitForJob(anonymous.repositories(u"secret"_s));
    QCOMPARE(anon.kind, ErrorKind::Unauthorized);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::searchAndProxyCache()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.addProject(u"web-one"_s);
    h.addProject(u"web-two"_s, true);
    h.addProject(u"db"_s);
    HarborClient client(optionsFor(h), &m_nam);
    HarborListJob *job = client.projects(u"name=~web"_s);
    QList<HarborProject> found;
    QVERIFY(!waitForJob(job, [&] { found = job->projects(); }));
    QStringList names;
    for (const HarborProject &p : found)
        names << p.name;
    names.sort();
    QCOMPARE(names, (QStringList{u"web-one"_s, u"web-two"_s}));

    QVERIFY(!waitForJob(client.createProject({u"hub-cache"_s, true, -1, 7})));
    HarborListJob *all = client.projects(u"name=hub-cache"_s);
    QVERIFY(!waitForJob(all, [&] { found = all->projects(); }));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).registryId, 7);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::notHarbor()
{
    // A plain registry has no /api/v2.0: detection says "not Harbor" without an error; operations fail
    // with a message that says so.
    berth::test::FakeHttpServer plain;
    plain.setHandler([](const berth::test::FakeHttpServer::Request &) {
        return berth::test::FakeHttpServer::Response::json(404, R"({"errors":[{"code":"NOT_FOUND"}]})");
    });
    QVERIFY(plain.listen());
    RegistryOptions o;
    o.registry = plain.baseUrl().authority();
    HarborClient client(o, &m_nam);
    HarborDetectJob *job = client.detect();
    HarborSystemInfo info;
    info.isHarbor = true;
    QVERIFY(!waitForJob(job, [&] { info = job->info(); }));
    QVERIFY(!info.isHarbor);
    const Error e = waitForJob(client.projects());
    QCOMPARE(e.kind, ErrorKind::NotFound);
    QVERIFY2(e.message.contains(u"not as Harbor"_s), qPrintable(e.message));
}

void TstHarborClient::repeatingLinkTerminates()
{
    // A server that always points back at the same page must not loop.
    berth::test::FakeHttpServer server;
    server.setHandler([](const berth::test::FakeHttpServer::Request &r) {
        if (r.target.startsWith("/api/v2.0/ping"))
            return berth::test::FakeHttpServer::Response::text(200, "Pong");
        return berth::test::FakeHttpServer::Response::json(200, R"([{"project_id":5,"name":"same"}])")
            .withHeader("Link", "</api/v2.0/projects?page=1&page_size=100&with_detail=true>; rel=\"next\"");
    });
    QVERIFY(server.listen());
    RegistryOptions o;
    o.registry = server.baseUrl().authority();
    HarborClient client(o, &m_nam);
    HarborListJob *job = client.projects();
    int count = 0;
    QVERIFY(!waitForJob(job, [&] { count = int(job->items().size()); }, 10000));
    QVERIFY(count >= 1 && count <= 2);
    int listRequests = 0;
    for (const auto &r : server.requests())
        listRequests += r.target.startsWith("/api/v2.0/projects") ? 1 : 0;
    QVERIFY(listRequests <= 2);
}

void TstHarborClient::summaryWithQuota()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.addProject(u"quota"_s, false, 10 * 1024 * 1024);
    h.addArtifact(u"quota/app"_s, digestOf('a'), {u"v1"_s}, 3000);
    h.addArtifact(u"quota/team/web"_s, digestOf('b'), {}, 2000);
    h.addProject(u"7"_s); // a name of digits is still a name
    HarborClient client(optionsFor(h), &m_nam);
    HarborProjectSummary s;
    HarborRequest *r = client.projectSummary(u"quota"_s);
    QVERIFY(!waitForJob(r, [&] { s = HarborProjectSummary::fromJson(QJsonDocument::fromJson(r->body()).object()); }));
    QCOMPARE(s.repoCount, 2);
    QCOMPARE(s.storageLimit, qint64(10 * 1024 * 1024));
    QVERIFY2(s.storageUsed >= 5000, qPrintable(QString::number(s.storageUsed)));
    QVERIFY(!waitForJob(client.projectSummary(u"7"_s)));
    QCOMPARE(waitForJob(client.projectSummary(u"nothere"_s)).kind, ErrorKind::NotFound);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::membersRobotsLabelsPermissions()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    const int pid = h.addProject(u"team"_s);
    const int dev = h.addUser(u"dev"_s, u"Dev12345"_s);
    h.addMember(pid, dev, berth::test::harbor::Role::Developer);
    h.addRobot(u"robot$team+ci"_s, u"secret"_s, pid);
    h.addRobot(u"robot$other"_s, u"secret"_s, 0);
    h.addLabel(u"release"_s);
    h.addLabel(u"team-only"_s, pid);
    HarborClient client(optionsFor(h), &m_nam);

    HarborListJob *members = client.members(pid);
    QStringList names;
    QVERIFY(!waitForJob(members, [&] {
        for (const QJsonValue &v : members->items())
            names << HarborMember::fromJson(v.toObject()).name;
    }));
    QVERIFY2(names.contains(u"dev"_s), qPrintable(names.join(u',')));

    HarborListJob *robots = client.robots(pid);
    QStringList robotNames;
    QVERIFY(!waitForJob(robots, [&] {
        for (const QJsonValue &v : robots->items())
            robotNames << HarborRobot::fromJson(v.toObject()).name;
    }));
    QCOMPARE(robotNames, QStringList{u"robot$team+ci"_s}); // the system robot is not the project's

    HarborListJob *global = client.labels();
    QJsonArray items;
    QVERIFY(!waitForJob(global, [&] { items = global->items(); }));
    QCOMPARE(items.size(), 1);
    HarborListJob *projectLabels = client.labels(pid);
    QVERIFY(!waitForJob(projectLabels, [&] { items = projectLabels->items(); }));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"name"_s).toString(), u"team-only"_s);

    HarborRequest *perms = client.currentPermissions(u"/project/%1"_s.arg(pid));
    QByteArray body;
    QVERIFY(!waitForJob(perms, [&] { body = perms->body(); }));
    QVERIFY2(QJsonDocument::fromJson(body).array().contains(
                 QJsonObject{{u"resource"_s, u"/project/%1/project"_s.arg(pid)}, {u"action"_s, u"delete"_s}}),
             body.constData());

    // A developer may not list the project's robots: Harbor says 403, shown as a permission error.
    HarborClient devClient(optionsFor(h, u"dev"_s, u"Dev12345"_s), &m_nam);
    const Error denied = waitForJob(devClient.robots(pid));
    QCOMPARE(denied.kind, ErrorKind::Denied);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::scanStopAndReport()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.addArtifact(u"library/team/web"_s, digestOf('c'), {u"1.0"_s});
    HarborClient client(optionsFor(h), &m_nam);

    auto overview = [&] {
        HarborListJob *list = client.artifacts(u"library"_s, u"team/web"_s, {true, true, true, true});
        HarborScanSummary out;
        [&] { QVERIFY(!waitForJob(list, [&] { out = HarborScanSummary::fromOverview(list->artifacts().first().scanOverview); })); }();
        return out;
    };
    QVERIFY(!overview().scanned());

    HarborRequest *scan = client.scanArtifact(u"library"_s, u"team/web"_s, u"1.0"_s);
    int status = 0;
    QVERIFY(!waitForJob(scan, [&] { status = scan->status(); }));
    QCOMPARE(status, 202);
    QCOMPARE(countRequests(h, "POST", "/repositories/team%252Fweb/artifacts/1.0/scan"), 1);

    const HarborScanSummary summary = overview();
    QCOMPARE(summary.status, u"Success"_s);
    QCOMPARE(summary.total, 0);

    HarborRequest *report = client.vulnerabilities(u"library"_s, u"team/web"_s, digestOf('c'));
    QJsonObject reportBody;
    QVERIFY(!waitForJob(report, [&] { reportBody = QJsonDocument::fromJson(report->body()).object(); }));
    QVERIFY(!reportBody.isEmpty());

    QVERIFY(!waitForJob(client.stopScan(u"library"_s, u"team/web"_s, digestOf('c'))));
    QCOMPARE(waitForJob(client.scanArtifact(u"library"_s, u"team/web"_s, u"nope"_s)).kind, ErrorKind::NotFound);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborClient::copyArtifactFromAnotherRepository()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.addProject(u"dest"_s);
    h.addArtifact(u"library/src/app"_s, digestOf('e'), {u"2.0"_s});
    HarborClient client(optionsFor(h), &m_nam);

    QVERIFY(!waitForJob(client.copyArtifact(u"dest"_s, u"mirror/app"_s, u"library/src/app:2.0"_s)));
    QVERIFY(!waitForJob(client.copyArtifact(u"dest"_s, u"mirror/app"_s, u"library/src/app@"_s + digestOf('e'))));
    const auto *repo = h.findRepository(u"dest/mirror/app"_s);
    QVERIFY(repo);
    QVERIFY(h.findArtifact(repo->id, digestOf('e')));
    QCOMPARE(countRequests(h, "POST", "/projects/dest/repositories/mirror%252Fapp/artifacts?from="), 2);

    const Error missing = waitForJob(client.copyArtifact(u"dest"_s, u"x"_s, u"library/src/app:nope"_s));
    QCOMPARE(missing.kind, ErrorKind::NotFound);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

QTEST_GUILESS_MAIN(TstHarborClient)
#include "tst_harborclient.moc"
