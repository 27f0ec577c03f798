// The Harbor definition checker must reject what real Harbor would misroute or refuse, and pass
// what a correct client sends.

#include "support/swaggerchecker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using berth::test::SwaggerChecker;

class TstSwaggerChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void pathParamsDecodedOnce();
    void literalSegmentsWin();
    void parseQuery_data();
    void parseQuery();
    void missingDefinitionIsReported();
};

void TstSwaggerChecker::initTestCase()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    const SwaggerChecker checker;
    QVERIFY2(checker.isLoaded(), qPrintable(checker.loadError()));
    QCOMPARE(checker.basePath(), u"/api/v2.0"_s);
}

void TstSwaggerChecker::check_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("extraHeader"); // "Name: value" or empty
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("operationOrProblem"); // operationId when ok, a problem fragment otherwise

    const QByteArray json = "Content-Type: application/json";
    const QByteArray arts = "/api/v2.0/projects/library/repositories/";

    // Valid traffic.
    QTest::newRow("list projects paged") << "GET"_ba << "/api/v2.0/projects?page=2&page_size=10"_ba << QByteArray()
                                         << QByteArray() << true << u"listProjects"_s;
    QTest::newRow("fuzzy q") << "GET"_ba << "/api/v2.0/projects?q=name%3D~web&page_size=100"_ba << QByteArray()
                             << QByteArray() << true << u"listProjects"_s;
    QTest::newRow("double-encoded repo") << "GET"_ba << arts + "team%252Fweb/artifacts?with_tag=true&page=1"
                                         << QByteArray() << QByteArray() << true << u"listArtifacts"_s;
    QTest::newRow("create project") << "POST"_ba << "/api/v2.0/projects"_ba << json
                                    << R"({"project_name":"web","metadata":{"public":"true"},"storage_limit":-1})"_ba
                                    << true << u"createProject"_s;
    QTest::newRow("create tag") << "POST"_ba << arts + "web/artifacts/sha256%3Aabc/tags" << json
                                << R"({"name":"v1"})"_ba << true << u"createTag"_s;
    QTest::newRow("head project") << "HEAD"_ba << "/api/v2.0/projects?project_name=web"_ba << QByteArray()
                                  << QByteArray() << true << u"headProject"_s;
    QTest::newRow("resource name header") << "GET"_ba << "/api/v2.0/projects/123"_ba
                                          << "X-Is-Resource-Name: true"_ba << QByteArray() << true << u"getProject"_s;
    QTest::newRow("copy artifact") << "POST"_ba << arts + "web/artifacts?from=team%2Fapi%40sha256%3Aabc"
                                   << QByteArray() << QByteArray() << true << u"CopyArtifact"_s;

    // What the checker must refuse.
    QTest::newRow("unknown query parameter") << "GET"_ba << "/api/v2.0/projects?pagesize=10"_ba << QByteArray()
                                             << QByteArray() << false << u"unknown query parameter 'pagesize'"_s;
    QTest::newRow("missing required body field") << "POST"_ba << arts + "web/artifacts/latest/tags" << json
                                                 << R"({"nam":"v1"})"_ba << false << u"required field 'name'"_s;
    QTest::newRow("single-encoded repo") << "GET"_ba << arts + "team%2Fweb/artifacts" << QByteArray()
                                         << QByteArray() << false << u"encode it twice"_s;
    QTest::newRow("raw slash repo") << "DELETE"_ba << arts + "team/web" << QByteArray() << QByteArray() << false
                                    << u"no route matches DELETE"_s;
    QTest::newRow("no route") << "GET"_ba << "/api/v2.0/nosuchthing"_ba << QByteArray() << QByteArray() << false
                              << u"no route matches GET /api/v2.0/nosuchthing"_s;
    QTest::newRow("outside base path") << "GET"_ba << "/api/projects"_ba << QByteArray() << QByteArray() << false
                                       << u"outside /api/v2.0"_s;
    QTest::newRow("method not defined") << "PATCH"_ba << "/api/v2.0/projects"_ba << QByteArray() << QByteArray()
                                        << false << u"method PATCH is not defined"_s;
    QTest::newRow("page_size above 100") << "GET"_ba << "/api/v2.0/projects?page_size=101"_ba << QByteArray()
                                         << QByteArray() << false << u"above the maximum 100"_s;
    QTest::newRow("page not integer") << "GET"_ba << "/api/v2.0/projects?page=two"_ba << QByteArray() << QByteArray()
                                      << false << u"not an integer"_s;
    QTest::newRow("boolean query") << "GET"_ba << arts + "web/artifacts?with_tag=yes" << QByteArray() << QByteArray()
                                   << false << u"not a boolean"_s;
    QTest::newRow("boolean header") << "GET"_ba << "/api/v2.0/projects/1"_ba << "X-Is-Resource-Name: maybe"_ba
                                    << QByteArray() << false << u"X-Is-Resource-Name"_s;
    QTest::newRow("required query missing") << "HEAD"_ba << "/api/v2.0/projects"_ba << QByteArray() << QByteArray()
                                            << false << u"required query parameter 'project_name'"_s;
    QTest::newRow("copy without from") << "POST"_ba << arts + "web/artifacts" << QByteArray() << QByteArray() << false
                                       << u"'from' is missing"_s;
    QTest::newRow("integer path parameter") << "GET"_ba << "/api/v2.0/robots/abc"_ba << QByteArray() << QByteArray()
                                            << false << u"robot_id='abc' is not an integer"_s;
    QTest::newRow("public as boolean") << "POST"_ba << "/api/v2.0/projects"_ba << json
                                       << R"({"project_name":"web","metadata":{"public":true}})"_ba << false
                                       << u"body.metadata.public must be a string"_s;
    QTest::newRow("unknown body field") << "POST"_ba << "/api/v2.0/projects"_ba << json
                                        << R"({"projectName":"web"})"_ba << false << u"unknown field 'projectName'"_s;
    QTest::newRow("unknown nested field") << "POST"_ba << "/api/v2.0/projects"_ba << json
                                          << R"({"project_name":"web","metadata":{"pub":"true"}})"_ba << false
                                          << u"body.metadata has the unknown field 'pub'"_s;
    QTest::newRow("body required") << "POST"_ba << "/api/v2.0/projects"_ba << json << QByteArray() << false
                                   << u"request body is required"_s;
    QTest::newRow("body not json") << "POST"_ba << "/api/v2.0/projects"_ba << json << "project_name=web"_ba << false
                                   << u"not JSON"_s;
    QTest::newRow("body without content type") << "POST"_ba << "/api/v2.0/projects"_ba << QByteArray()
                                               << R"({"project_name":"web"})"_ba << false << u"application/json"_s;
    QTest::newRow("body where none taken") << "DELETE"_ba << "/api/v2.0/projects/web"_ba << json << "{}"_ba << false
                                           << u"takes no request body"_s;
    QTest::newRow("storage_limit as string") << "POST"_ba << "/api/v2.0/projects"_ba << json
                                             << R"({"project_name":"web","storage_limit":"10"})"_ba << false
                                             << u"storage_limit must be an integer"_s;
}

void TstSwaggerChecker::check()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, extraHeader);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, operationOrProblem);

    SwaggerChecker::Headers headers{{"Authorization", "Basic YWRtaW46SGFyYm9yMTIzNDU="}};
    if (!extraHeader.isEmpty()) {
        const qsizetype colon = extraHeader.indexOf(':');
        headers.append({extraHeader.left(colon), extraHeader.mid(colon + 1).trimmed()});
    }
    const SwaggerChecker checker;
    const SwaggerChecker::Result r = checker.check(method, target, headers, body);
    QVERIFY2(r.ok == ok, qPrintable(r.problem.isEmpty() ? u"accepted"_s : r.problem));
    if (ok) {
        QCOMPARE(r.operationId, operationOrProblem);
        QVERIFY(r.problem.isEmpty());
    } else {
        QVERIFY2(r.problem.contains(operationOrProblem), qPrintable(r.problem));
    }
}

void TstSwaggerChecker::pathParamsDecodedOnce()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    const SwaggerChecker checker;
    const auto r = checker.check("DELETE", "/api/v2.0/projects/lib/repositories/a%252Fb%252Fc/artifacts/v1.0/tags/v%2B1",
                                 {}, {});
    QVERIFY2(r.ok, qPrintable(r.problem));
    QCOMPARE(r.operationId, u"deleteTag"_s);
    QCOMPARE(r.pathParams.value(u"project_name"_s), u"lib"_s);
    QCOMPARE(r.pathParams.value(u"repository_name"_s), u"a%2Fb%2Fc"_s);
    QCOMPARE(r.pathParams.value(u"reference"_s), u"v1.0"_s);
    QCOMPARE(r.pathParams.value(u"tag_name"_s), u"v+1"_s);
}

void TstSwaggerChecker::literalSegmentsWin()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    const SwaggerChecker checker;
    QCOMPARE(checker.check("GET", "/api/v2.0/users/current", {}, {}).operationId, u"getCurrentUserInfo"_s);
    QCOMPARE(checker.check("GET", "/api/v2.0/users/7", {}, {}).operationId, u"getUser"_s);
    QCOMPARE(checker.check("GET", "/api/v2.0/projects/web/_deletable", {}, {}).operationId,
             u"getProjectDeletable"_s);
}

void TstSwaggerChecker::parseQuery_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QStringList>("flat"); // key, value, key, value...
    QTest::newRow("empty") << QByteArray() << QStringList{};
    QTest::newRow("plain") << "page=2&page_size=10"_ba << QStringList{u"page"_s, u"2"_s, u"page_size"_s, u"10"_s};
    QTest::newRow("encoded and plus") << "q=name%3D~a+b"_ba << QStringList{u"q"_s, u"name=~a b"_s};
    QTest::newRow("no value") << "with_tag&&x="_ba << QStringList{u"with_tag"_s, QString(), u"x"_s, QString()};
}

void TstSwaggerChecker::parseQuery()
{
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, flat);
    QStringList got;
    for (const auto &[k, v] : SwaggerChecker::parseQuery(raw))
        got << k << v;
    QCOMPARE(got, flat);
}

void TstSwaggerChecker::missingDefinitionIsReported()
{
    const SwaggerChecker checker(u"/nonexistent/swagger.json"_s);
    QVERIFY(!checker.isLoaded());
    const auto r = checker.check("GET", "/api/v2.0/projects", {}, {});
    QVERIFY(!r.ok);
    QVERIFY2(r.problem.contains(u"/nonexistent/swagger.json"_s), qPrintable(r.problem));
}

QTEST_GUILESS_MAIN(TstSwaggerChecker)
#include "tst_swaggerchecker.moc"
