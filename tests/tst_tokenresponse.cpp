#include "core/tokenresponse.h"

#include <QTest>
#include <QTimeZone>

using namespace berth;
using namespace Qt::StringLiterals;

class TestTokenResponse : public QObject
{
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("refreshToken");
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<QDateTime>("issuedAt"); // invalid: absent or malformed

        const QDateTime noon(QDate(2026, 11, 29), QTime(12, 0, 0), QTimeZone::utc());
        QTest::newRow("token only") << QByteArray("{\"token\":\"t1\"}") << u"t1"_s << QString() << 60 << QDateTime();
        QTest::newRow("access_token only") << QByteArray("{\"access_token\":\"a1\",\"expires_in\":300}") << u"a1"_s
                                           << QString() << 300 << QDateTime();
        QTest::newRow("both: token wins") << QByteArray("{\"token\":\"t\",\"access_token\":\"a\"}") << u"t"_s
                                          << QString() << 60 << QDateTime();
        QTest::newRow("empty token falls back") << QByteArray("{\"token\":\"\",\"access_token\":\"a\"}") << u"a"_s
                                                << QString() << 60 << QDateTime();
        QTest::newRow("expires_in 10 -> 60") << QByteArray("{\"token\":\"t\",\"expires_in\":10}") << u"t"_s
                                             << QString() << 60 << QDateTime();
        QTest::newRow("expires_in negative") << QByteArray("{\"token\":\"t\",\"expires_in\":-5}") << u"t"_s
                                             << QString() << 60 << QDateTime();
        QTest::newRow("expires_in string") << QByteArray("{\"token\":\"t\",\"expires_in\":\"900\"}") << u"t"_s
                                           << QString() << 900 << QDateTime();
        QTest::newRow("expires_in junk") << QByteArray("{\"token\":\"t\",\"expires_in\":{}}") << u"t"_s << QString()
                                         << 60 << QDateTime();
        QTest::newRow("expires_in huge") << QByteArray("{\"token\":\"t\",\"expires_in\":1e300}") << u"t"_s << QString()
                                         << std::numeric_limits<int>::max() << QDateTime();
        QTest::newRow("refresh token") << QByteArray("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3600}")
                                       << u"a"_s << u"r"_s << 3600 << QDateTime();
        QTest::newRow("issued_at Z") << QByteArray("{\"token\":\"t\",\"issued_at\":\"2026-11-29T12:00:00Z\"}") << u"t"_s
                                     << QString() << 60 << noon;
        QTest::newRow("issued_at nanoseconds")
            << QByteArray("{\"token\":\"t\",\"issued_at\":\"2026-11-29T12:00:00.123456789Z\"}") << u"t"_s << QString()
            << 60 << noon.addMSecs(123);
        QTest::newRow("issued_at offset") << QByteArray("{\"token\":\"t\",\"issued_at\":\"2026-11-29T13:30:00.5+01:30\"}")
                                          << u"t"_s << QString() << 60 << noon.addMSecs(500);
        QTest::newRow("issued_at negative offset")
            << QByteArray("{\"token\":\"t\",\"issued_at\":\"2026-11-29T07:00:00-05:00\"}") << u"t"_s << QString() << 60
            << noon;
        QTest::newRow("issued_at lowercase") << QByteArray("{\"token\":\"t\",\"issued_at\":\"2026-11-29t12:00:00z\"}")
                                             << u"t"_s << QString() << 60 << noon;
        QTest::newRow("issued_at no zone") << QByteArray("{\"token\":\"t\",\"issued_at\":\"2026-11-29T12:00:00\"}")
                                           << u"t"_s << QString() << 60 << QDateTime();
        QTest::newRow("issued_at bad date") << QByteArray("{\"token\":\"t\",\"issued_at\":\"2026-13-40T12:00:00Z\"}")
                                            << u"t"_s << QString() << 60 << QDateTime();
        QTest::newRow("issued_at number") << QByteArray("{\"token\":\"t\",\"issued_at\":12345}") << u"t"_s << QString()
                                          << 60 << QDateTime();
    }
    void valid()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(QString, refreshToken);
        QFETCH(int, expiresIn);
        QFETCH(QDateTime, issuedAt);
        Error error;
        const auto r = TokenResponseParser::parse(body, &error);
        QVERIFY2(r.has_value(), qPrintable(error.message));
        QCOMPARE(r->token, token);
        QCOMPARE(r->refreshToken, refreshToken);
        QCOMPARE(r->expiresIn, expiresIn);
        QCOMPARE(r->issuedAt.isValid(), issuedAt.isValid());
        if (issuedAt.isValid())
            QCOMPARE(r->issuedAt.toMSecsSinceEpoch(), issuedAt.toMSecsSinceEpoch());
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("missing token") << QByteArray("{\"expires_in\":300}") << u"no token"_s;
        QTest::newRow("token not string") << QByteArray("{\"token\":42}") << u"no token"_s;
        QTest::newRow("empty tokens") << QByteArray("{\"token\":\"\",\"access_token\":\"\"}") << u"no token"_s;
        QTest::newRow("array") << QByteArray("[\"token\"]") << u"JSON object"_s;
        QTest::newRow("string") << QByteArray("\"token\"") << u"JSON object"_s;
        QTest::newRow("html") << QByteArray("<html>login</html>") << u"JSON object"_s;
        QTest::newRow("empty") << QByteArray() << u"JSON object"_s;
        QByteArray huge = "{\"token\":\"" + QByteArray(TokenResponseParser::MaxTokenResponseSize, 'x') + "\"}";
        QTest::newRow("oversized") << huge << u"1 MiB"_s;
    }
    void invalid()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        Error error;
        QVERIFY(!TokenResponseParser::parse(body, &error).has_value());
        QCOMPARE(error.kind, ErrorKind::Protocol);
        QVERIFY2(error.message.contains(mention, Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY(!error.message.contains(u"xxxx"_s)); // never echoes the body (it may hold a secret)
    }

    void renewAt()
    {
        const QDateTime received(QDate(2026, 11, 29), QTime(12, 0, 0), QTimeZone::utc());
        TokenResponse r;
        r.expiresIn = 300;
        // No issued_at: from the time received, 30 s early.
        QCOMPARE(r.renewAt(received), received.addSecs(270));
        // issued_at a little before receipt: counts from issued_at.
        r.issuedAt = received.addSecs(-2);
        QCOMPARE(r.renewAt(received), received.addSecs(268));
        // issued_at far off (clock skew) is ignored either way.
        r.issuedAt = received.addSecs(-3600);
        QCOMPARE(r.renewAt(received), received.addSecs(270));
        r.issuedAt = received.addSecs(3600);
        QCOMPARE(r.renewAt(received), received.addSecs(270));
        // Short tokens still renew before they expire, and not immediately.
        r.issuedAt = {};
        r.expiresIn = 60;
        QVERIFY(r.renewAt(received) < received.addSecs(60));
        QVERIFY(r.renewAt(received) >= received.addSecs(50));
        // Long tokens renew at most a minute early.
        r.expiresIn = 86400;
        QCOMPARE(r.renewAt(received), received.addSecs(86400 - 60));
    }
};

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
