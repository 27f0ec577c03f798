#include "core/registryerror.h"

#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

namespace {
QByteArray errorBody(const char *code, const char *message)
{
    return QByteArray("{\"errors\":[{\"code\":\"") + code + "\",\"message\":\"" + message + "\",\"detail\":null}]}";
}
} // namespace

class TestRegistryError : public QObject
{
    Q_OBJECT
private slots:
    void parseBody()
    {
        const QByteArray body = "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\",\"detail\":{\"Tag\":\"1.0\"}},"
                                "{\"code\":\"DENIED\",\"message\":\"no\",\"detail\":\"plain text\"},{\"code\":\"X_CUSTOM\",\"message\":\"m\",\"detail\":[1,2]}]}";
        const auto entries = parseErrorBody(body);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).code, u"MANIFEST_UNKNOWN"_s);
        QCOMPARE(entries.at(0).message, u"manifest unknown"_s);
        QCOMPARE(entries.at(0).detail, u"{\"Tag\":\"1.0\"}"_s);
        QCOMPARE(entries.at(1).detail, u"plain text"_s);
        QCOMPARE(entries.at(2).code, u"X_CUSTOM"_s);
        QCOMPARE(entries.at(2).detail, u"[1,2]"_s);
    }

    void tolerantBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
        QTest::newRow("plain") << QByteArray("404 page not found\n");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("errors not array") << QByteArray("{\"errors\":\"boom\"}");
        QTest::newRow("entries not objects") << QByteArray("{\"errors\":[1,\"x\",null]}");
        QTest::newRow("truncated json") << QByteArray("{\"errors\":[{\"code\":\"DEN");
    }
    void tolerantBodies()
    {
        QFETCH(QByteArray, body);
        QVERIFY(parseErrorBody(body).isEmpty());
    }

    void oversizedBodyTruncated()
    {
        // A valid document padded past 64 KiB is cut before parsing, so it yields nothing...
        QByteArray big = "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"" + QByteArray(70 * 1024, 'x') + "\"}]}";
        QVERIFY(parseErrorBody(big).isEmpty());
        // ...while one just under the limit is read.
        QByteArray fits = "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"" + QByteArray(60 * 1024, 'x') + "\"}]}";
        QCOMPARE(parseErrorBody(fits).value(0).code, u"DENIED"_s);
        // And the message shown stays short and on one line.
        const Error e = RegistryErrors::fromHttp(403, fits, {u"r.io"_s, u"a/b"_s, {}});
        QVERIFY(e.message.size() < 1000);
    }

    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("mentions");

        const auto k = [](ErrorKind kind) { return int(kind); };
        QTest::newRow("MANIFEST_UNKNOWN") << 404 << errorBody("MANIFEST_UNKNOWN", "manifest unknown") << QString()
                                          << k(ErrorKind::NotFound) << u"MANIFEST_UNKNOWN"_s
                                          << QStringList{u"team/web:1.0"_s, u"r.io:5000"_s, u"manifest unknown"_s};
        QTest::newRow("NAME_UNKNOWN") << 404 << errorBody("NAME_UNKNOWN", "repository name not known to registry")
                                      << QString() << k(ErrorKind::NotFound) << u"NAME_UNKNOWN"_s
                                      << QStringList{u"team/web:1.0"_s, u"not known"_s};
        QTest::newRow("BLOB_UNKNOWN") << 404 << errorBody("BLOB_UNKNOWN", "blob unknown to registry") << QString()
                                      << k(ErrorKind::NotFound) << u"BLOB_UNKNOWN"_s << QStringList{u"team/web:1.0"_s};
        QTest::newRow("BLOB_UPLOAD_UNKNOWN") << 404 << errorBody("BLOB_UPLOAD_UNKNOWN", "upload unknown") << QString()
                                             << k(ErrorKind::NotFound) << u"BLOB_UPLOAD_UNKNOWN"_s
                                             << QStringList{u"team/web:1.0"_s};
        QTest::newRow("BLOB_UPLOAD_INVALID") << 400 << errorBody("BLOB_UPLOAD_INVALID", "blob upload invalid")
                                             << QString() << k(ErrorKind::Protocol) << u"BLOB_UPLOAD_INVALID"_s
                                             << QStringList{u"team/web:1.0"_s, u"400"_s};
        QTest::newRow("DIGEST_INVALID") << 400 << errorBody("DIGEST_INVALID", "provided digest did not match")
                                        << QString() << k(ErrorKind::Integrity) << u"DIGEST_INVALID"_s
                                        << QStringList{u"team/web:1.0"_s, u"digest"_s};
        QTest::newRow("SIZE_INVALID") << 400 << errorBody("SIZE_INVALID", "provided length did not match")
                                      << QString() << k(ErrorKind::Integrity) << u"SIZE_INVALID"_s
                                      << QStringList{u"team/web:1.0"_s};
        QTest::newRow("MANIFEST_INVALID") << 400 << errorBody("MANIFEST_INVALID", "manifest invalid") << QString()
                                          << k(ErrorKind::Protocol) << u"MANIFEST_INVALID"_s
                                          << QStringList{u"team/web:1.0"_s, u"manifest invalid"_s};
        QTest::newRow("MANIFEST_BLOB_UNKNOWN") << 400 << errorBody("MANIFEST_BLOB_UNKNOWN", "blob unknown to registry")
                                               << QString() << k(ErrorKind::Protocol) << u"MANIFEST_BLOB_UNKNOWN"_s
                                               << QStringList{u"team/web:1.0"_s};
        QTest::newRow("NAME_INVALID") << 400 << errorBody("NAME_INVALID", "invalid repository name") << QString()
                                      << k(ErrorKind::InvalidInput) << u"NAME_INVALID"_s
                                      << QStringList{u"team/web:1.0"_s, u"invalid repository name"_s};
        QTest::newRow("UNAUTHORIZED") << 401 << errorBody("UNAUTHORIZED", "authentication required") << QString()
                                      << k(ErrorKind::Unauthorized) << u"UNAUTHORIZED"_s
                                      << QStringList{u"r.io:5000"_s, u"log in"_s};
        QTest::newRow("401 with DENIED still unauthorized")
            << 401 << errorBody("DENIED", "requested access to the resource is denied") << QString()
            << k(ErrorKind::Unauthorized) << u"DENIED"_s << QStringList{u"log in"_s};
        QTest::newRow("DENIED") << 403 << errorBody("DENIED", "requested access to the resource is denied")
                                << u"push"_s << k(ErrorKind::Denied) << u"DENIED"_s
                                << QStringList{u"push"_s, u"team/web:1.0"_s, u"administrator"_s};
        QTest::newRow("UNSUPPORTED delete") << 405 << errorBody("UNSUPPORTED", "The operation is unsupported.")
                                            << u"delete"_s << k(ErrorKind::Unsupported) << u"UNSUPPORTED"_s
                                            << QStringList{u"Deletion is disabled"_s, u"storage.delete.enabled"_s,
                                                           u"r.io:5000"_s};
        QTest::newRow("405 delete no body") << 405 << QByteArray() << u"delete"_s << k(ErrorKind::Unsupported)
                                            << QString()
                                            << QStringList{u"Deletion is disabled"_s, u"storage.delete.enabled"_s};
        QTest::newRow("UNSUPPORTED other") << 405 << errorBody("UNSUPPORTED", "unsupported") << u"push"_s
                                           << k(ErrorKind::Unsupported) << u"UNSUPPORTED"_s
                                           << QStringList{u"team/web:1.0"_s, u"r.io:5000"_s};
        QTest::newRow("TOOMANYREQUESTS") << 429 << errorBody("TOOMANYREQUESTS", "You have reached your pull rate limit")
                                         << QString() << k(ErrorKind::RateLimited) << u"TOOMANYREQUESTS"_s
                                         << QStringList{u"wait"_s, u"pull rate limit"_s};
        QTest::newRow("PAGINATION_NUMBER_INVALID") << 400 << errorBody("PAGINATION_NUMBER_INVALID", "invalid number of results requested")
                                                   << QString() << k(ErrorKind::InvalidInput)
                                                   << u"PAGINATION_NUMBER_INVALID"_s << QStringList{u"invalid number"_s};
        QTest::newRow("unknown code uses status") << 404 << errorBody("NOT_FOUND", "artifact not found") << QString()
                                                  << k(ErrorKind::NotFound) << u"NOT_FOUND"_s
                                                  << QStringList{u"artifact not found"_s};
        QTest::newRow("UNKNOWN 500") << 500 << errorBody("UNKNOWN", "unknown error") << QString() << k(ErrorKind::Server)
                                     << u"UNKNOWN"_s << QStringList{u"500"_s, u"try again"_s};
        QTest::newRow("html 502") << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><h1>x</h1></body></html>")
                                  << QString() << k(ErrorKind::Server) << QString()
                                  << QStringList{u"502 Bad Gateway"_s, u"r.io:5000"_s};
        QTest::newRow("plain 404") << 404 << QByteArray("404 page not found\n") << QString() << k(ErrorKind::NotFound)
                                   << QString() << QStringList{u"404 page not found"_s};
        QTest::newRow("empty 403") << 403 << QByteArray() << QString() << k(ErrorKind::Denied) << QString()
                                   << QStringList{u"team/web:1.0"_s};
        QTest::newRow("404 delete") << 404 << errorBody("MANIFEST_UNKNOWN", "manifest unknown") << u"delete"_s
                                    << k(ErrorKind::NotFound) << u"MANIFEST_UNKNOWN"_s
                                    << QStringList{u"already deleted"_s};
        QTest::newRow("other 4xx") << 413 << QByteArray() << QString() << k(ErrorKind::Protocol) << QString()
                                   << QStringList{u"413"_s};
        QTest::newRow("503") << 503 << QByteArray() << QString() << k(ErrorKind::Server) << QString()
                             << QStringList{u"503"_s};
        QTest::newRow("server text on one line") << 400 << errorBody("MANIFEST_INVALID", "line one\\nline two")
                                                 << QString() << k(ErrorKind::Protocol) << u"MANIFEST_INVALID"_s
                                                 << QStringList{u"line one line two"_s};
    }
    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, operation);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QStringList, mentions);
        const Error e = RegistryErrors::fromHttp(status, body, {u"r.io:5000"_s, u"team/web:1.0"_s, operation});
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        for (const QString &m : mentions)
            QVERIFY2(e.message.contains(m, Qt::CaseInsensitive), qPrintable(e.message));
        QVERIFY(!e.message.contains(u'\n'));
        QVERIFY(!e.message.contains(u"<html"_s));
    }

    void exitCodes()
    {
        const ErrorContext ctx{u"r.io"_s, u"a/b"_s, {}};
        QCOMPARE(RegistryErrors::fromHttp(401, {}, ctx).exitCode(), 3);
        QCOMPARE(RegistryErrors::fromHttp(403, {}, ctx).exitCode(), 3);
        QCOMPARE(RegistryErrors::fromHttp(404, {}, ctx).exitCode(), 4);
        QCOMPARE(RegistryErrors::fromHttp(500, {}, ctx).exitCode(), 1);
    }

    void noContext()
    {
        const Error e = RegistryErrors::fromHttp(404, {}, {});
        QCOMPARE(e.kind, ErrorKind::NotFound);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.contains(u"%1"_s));
    }

    void warnings_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one") << QList<QByteArray>{"299 - \"This registry is deprecated\""}
                             << QStringList{u"This registry is deprecated"_s};
        QTest::newRow("several headers") << QList<QByteArray>{"299 - \"a\"", "299 - \"b\""}
                                         << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("several in one") << QList<QByteArray>{"299 - \"a, still a\", 299 registry.io \"b\" \"Sat, 01 Jan 2026 00:00:00 GMT\", 299 - \"c\""}
                                        << QStringList{u"a, still a"_s, u"b"_s, u"c"_s};
        QTest::newRow("escapes") << QList<QByteArray>{"299 - \"say \\\"hi\\\"\""} << QStringList{u"say \"hi\""_s};
        QTest::newRow("other codes ignored") << QList<QByteArray>{"110 - \"stale\"", "199 - \"misc\""} << QStringList{};
        QTest::newRow("duplicates once") << QList<QByteArray>{"299 - \"a\"", "299 - \"a\""} << QStringList{u"a"_s};
        QTest::newRow("no quotes") << QList<QByteArray>{"299 - deprecated"} << QStringList{};
        QTest::newRow("truncated") << QList<QByteArray>{"299 - \"cut"} << QStringList{u"cut"_s};
        QTest::newRow("empty") << QList<QByteArray>{QByteArray()} << QStringList{};
        QTest::newRow("garbage") << QList<QByteArray>{"\"\\,,, 299 299"} << QStringList{};
    }
    void warnings()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QStringList, expected);
        QCOMPARE(RegistryErrors::warnings(headers), expected);
    }
};

QTEST_GUILESS_MAIN(TestRegistryError)
#include "tst_registryerror.moc"
