#include "core/naturalsort.h"

#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

class TestNaturalSort : public QObject
{
    Q_OBJECT
private slots:
    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected"); // sign

        QTest::newRow("1.9 < 1.10") << u"1.9"_s << u"1.10"_s << -1;
        QTest::newRow("v2 < v10") << u"v2"_s << u"v10"_s << -1;
        QTest::newRow("1.10.0 > 1.9.9") << u"1.10.0"_s << u"1.9.9"_s << 1;
        QTest::newRow("equal") << u"1.2.3"_s << u"1.2.3"_s << 0;
        QTest::newRow("leading zero value first") << u"v007"_s << u"v8"_s << -1;
        QTest::newRow("leading zeros tie") << u"1"_s << u"01"_s << -1;
        QTest::newRow("leading zeros tie reversed") << u"001"_s << u"01"_s << 1;
        QTest::newRow("zeros only") << u"0"_s << u"00"_s << -1;
        QTest::newRow("zero vs one") << u"00"_s << u"1"_s << -1;
        QTest::newRow("case-insensitive first") << u"Beta"_s << u"alpha"_s << 1;
        QTest::newRow("case tie upper first") << u"Alpha"_s << u"alpha"_s << -1;
        QTest::newRow("case tie decided late") << u"a-B-2"_s << u"a-b-1"_s << 1;
        QTest::newRow("case tie is last resort") << u"A2"_s << u"a1"_s << 1;
        QTest::newRow("empty both") << QString() << QString() << 0;
        QTest::newRow("empty first") << QString() << u"a"_s << -1;
        QTest::newRow("empty second") << u"0"_s << QString() << 1;
        QTest::newRow("prefix shorter") << u"latest"_s << u"latest-1"_s << -1;
        QTest::newRow("digits before letters") << u"1"_s << u"a"_s << -1;
        QTest::newRow("long runs by length") << u"v99999999999999999999999"_s << u"v100000000000000000000000"_s << -1;
        QTest::newRow("long runs same length") << (u"x"_s + QString(200, u'9')) << (u"x"_s + QString(199, u'9') + u'8')
                                               << 1;
        QTest::newRow("beyond 64 bits") << u"18446744073709551616"_s << u"18446744073709551615"_s << 1;
        QTest::newRow("rc") << u"1.0.0-rc.2"_s << u"1.0.0-rc.10"_s << -1;
        QTest::newRow("sha-like") << u"sha-a1b2"_s << u"sha-a1b10"_s << -1;
        QTest::newRow("non-ascii digits are characters") << u"a\u0663"_s << u"a2"_s << 1;
    }
    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const auto sign = [](int v) { return (v > 0) - (v < 0); };
        QCOMPARE(sign(naturalCompare(a, b)), expected);
        QCOMPARE(sign(naturalCompare(b, a)), -expected); // antisymmetric
    }

    void sort()
    {
        QStringList tags = {u"v10"_s, u"1.10"_s, u"latest"_s, u"v2"_s, u"1.9"_s, u"1.9.1"_s, u"V2"_s, u"01.9"_s,
                            u""_s, u"1.10-rc1"_s};
        naturalSort(tags);
        const QStringList expected = {u""_s, u"1.9"_s, u"01.9"_s, u"1.9.1"_s, u"1.10"_s, u"1.10-rc1"_s,
                                      u"latest"_s, u"V2"_s, u"v2"_s, u"v10"_s};
        QCOMPARE(tags, expected);
    }

    void sortIsTotalOrder()
    {
        // Transitivity on a mixed set: a sorted list must be pairwise ordered.
        QStringList items;
        for (const char *s : {"a", "A", "a0", "a00", "a1", "a01", "A1", "a10", "a9", "b", "B1", "1", "01", "001",
                              "10", "9", "", "-", "_", "a-1", "a.1", "z999999999999999999999999"})
            items.append(QString::fromLatin1(s));
        naturalSort(items);
        for (qsizetype i = 0; i < items.size(); ++i) {
            for (qsizetype j = i + 1; j < items.size(); ++j)
                QVERIFY2(naturalCompare(items.at(i), items.at(j)) <= 0,
                         qPrintable(items.at(i) + u" vs "_s + items.at(j)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNaturalSort)
#include "tst_naturalsort.moc"
