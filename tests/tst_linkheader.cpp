#include "core/linkheader.h"

#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

class TestLinkHeader : public QObject
{
    Q_OBJECT
private slots:
    void next_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QUrl>("request");
        QTest::addColumn<QByteArray>("expected"); // fully encoded; empty: no next link

        const QUrl catalog(u"https://r.example.com:5000/v2/_catalog?n=100"_s);
        const QUrl tags(u"http://127.0.0.1:5000/v2/team/web/tags/list"_s);

        QTest::newRow("relative") << QByteArray("</v2/_catalog?last=b&n=100>; rel=\"next\"") << catalog
                                  << QByteArray("https://r.example.com:5000/v2/_catalog?last=b&n=100");
        QTest::newRow("absolute") << QByteArray("<https://other.example.com/v2/_catalog?last=b&n=100>; rel=\"next\"")
                                  << catalog << QByteArray("https://other.example.com/v2/_catalog?last=b&n=100");
        QTest::newRow("query kept encoded") << QByteArray("</v2/_catalog?last=a%2Fb&n=100>; rel=\"next\"") << catalog
                                            << QByteArray("https://r.example.com:5000/v2/_catalog?last=a%2Fb&n=100");
        QTest::newRow("query plus and space kept") << QByteArray("</v2/x/tags/list?last=1.0%2Bb%20c+d&n=5>; rel=\"next\"")
                                                   << tags
                                                   << QByteArray("http://127.0.0.1:5000/v2/x/tags/list?last=1.0%2Bb%20c+d&n=5");
        QTest::newRow("query only") << QByteArray("<?last=x&n=2>; rel=\"next\"") << tags
                                    << QByteArray("http://127.0.0.1:5000/v2/team/web/tags/list?last=x&n=2");
        QTest::newRow("no brackets") << QByteArray("/v2/_catalog?last=x&n=100; rel=\"next\"") << catalog
                                     << QByteArray("https://r.example.com:5000/v2/_catalog?last=x&n=100");
        QTest::newRow("unquoted rel") << QByteArray("</v2/_catalog?last=x>; rel=next") << catalog
                                      << QByteArray("https://r.example.com:5000/v2/_catalog?last=x");
        QTest::newRow("rel case") << QByteArray("</v2/_catalog?last=x>; REL=\"Next\"") << catalog
                                  << QByteArray("https://r.example.com:5000/v2/_catalog?last=x");
        QTest::newRow("prev then next")
            << QByteArray("</v2/_catalog?last=a>; rel=\"prev\", </v2/_catalog?last=z>; rel=\"next\"") << catalog
            << QByteArray("https://r.example.com:5000/v2/_catalog?last=z");
        QTest::newRow("next then last")
            << QByteArray("</v2/_catalog?last=m>; rel=\"next\", </v2/_catalog?last=z>; rel=\"last\"") << catalog
            << QByteArray("https://r.example.com:5000/v2/_catalog?last=m");
        QTest::newRow("several rels") << QByteArray("</v2/_catalog?last=m>; rel=\"last next\"") << catalog
                                      << QByteArray("https://r.example.com:5000/v2/_catalog?last=m");
        QTest::newRow("other params first")
            << QByteArray("</v2/_catalog?last=m>; type=\"text/html\"; title=\"a, b; c\"; rel=\"next\"") << catalog
            << QByteArray("https://r.example.com:5000/v2/_catalog?last=m");
        QTest::newRow("only prev") << QByteArray("</v2/_catalog?last=a>; rel=\"prev\"") << catalog << QByteArray();
        QTest::newRow("no rel") << QByteArray("</v2/_catalog?last=a>") << catalog << QByteArray();
        QTest::newRow("nextpage is not next") << QByteArray("</v2/_catalog?last=a>; rel=\"nextpage\"") << catalog
                                              << QByteArray();
        QTest::newRow("empty") << QByteArray() << catalog << QByteArray();
        QTest::newRow("empty target") << QByteArray("<>; rel=\"next\"") << catalog << QByteArray();
        QTest::newRow("unterminated bracket") << QByteArray("</v2/_catalog?last=a; rel=\"next\"") << catalog
                                              << QByteArray();
        QTest::newRow("garbage") << QByteArray(";;,,<<>>\"\\") << catalog << QByteArray();
    }
    void next()
    {
        QFETCH(QByteArray, header);
        QFETCH(QUrl, request);
        QFETCH(QByteArray, expected);
        const auto url = nextLink(header, request);
        if (expected.isEmpty()) {
            QVERIFY2(!url.has_value(), url ? qPrintable(url->toString()) : "");
            return;
        }
        QVERIFY(url.has_value());
        QCOMPARE(url->toEncoded(), expected);
    }

    void queryExact()
    {
        const auto url = nextLink("</v2/_catalog?last=a%2Fb&n=100>; rel=\"next\"",
                                  QUrl(u"https://r.example.com/v2/_catalog"_s));
        QVERIFY(url.has_value());
        QCOMPARE(url->query(QUrl::FullyEncoded), u"last=a%2Fb&n=100"_s);
        QCOMPARE(url->path(), u"/v2/_catalog"_s);
        QCOMPARE(url->host(), u"r.example.com"_s);
    }

    void truncatedNeverCrashes()
    {
        const QByteArray full = "</v2/_catalog?last=a>; rel=\"prev\", </v2/_catalog?last=z&n=1>; title=\"x\\\"y\"; rel=\"next\"";
        const QUrl base(u"https://r.example.com/v2/_catalog"_s);
        for (qsizetype n = 0; n < full.size(); ++n)
            nextLink(full.left(n), base);
        QCOMPARE(nextLink(full, base)->toEncoded(), QByteArray("https://r.example.com/v2/_catalog?last=z&n=1"));
    }
};

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
