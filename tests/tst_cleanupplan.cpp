// Clean-up planning, table-tested: keep-N by date and by version, age, pattern, shared digests.

#include "core/cleanupplan.h"

#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// "tag@digest@daysAgo" (daysAgo empty: unknown date; digest empty: unresolved).
QList<TagInfo> parseTags(const QString &spec)
{
    QList<TagInfo> out;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList p = item.split(u'@');
        TagInfo t{p.value(0), p.value(1), {}};
        if (!p.value(2).isEmpty())
            t.created = Now.addDays(-p.value(2).toInt());
        out << t;
    }
    return out;
}
} // namespace

class TestCleanupPlan : public QObject
{
    Q_OBJECT
private slots:
    void plan_data()
    {
        QTest::addColumn<QString>("tags");
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("byVersion");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<QStringList>("digests");

        const QString five = u"v1@d1@50 v2@d2@40 v3@d3@30 v4@d4@20 v5@d5@10"_s;
        QTest::newRow("keep 2 by date") << five << 2 << -1 << false << QString() << false
                                        << QStringList{u"v3"_s, u"v2"_s, u"v1"_s}
                                        << QStringList{u"d3"_s, u"d2"_s, u"d1"_s};
        QTest::newRow("keep 0 deletes every candidate") << five << 0 << -1 << false << QString() << false
                                                        << QStringList{u"v5"_s, u"v4"_s, u"v3"_s, u"v2"_s, u"v1"_s}
                                                        << QStringList{u"d5"_s, u"d4"_s, u"d3"_s, u"d2"_s, u"d1"_s};
        QTest::newRow("keep more than there are") << five << 9 << -1 << false << QString() << false
                                                  << QStringList{} << QStringList{};
        // Dates disagree with versions: 1.10 is the newest version but the oldest image.
        const QString versions = u"1.9@a@1 1.10@b@90 1.2@c@2 1.10.1@d@3"_s;
        QTest::newRow("keep 2 by version") << versions << 2 << -1 << true << QString() << false
                                           << QStringList{u"1.9"_s, u"1.2"_s} << QStringList{u"a"_s, u"c"_s};
        QTest::newRow("keep 2 by date, same tags") << versions << 2 << -1 << false << QString() << false
                                                   << QStringList{u"1.10.1"_s, u"1.10"_s}
                                                   << QStringList{u"d"_s, u"b"_s};
        QTest::newRow("younger than 25 days") << five << -1 << 25 << false << QString() << false
                                              << QStringList{u"v3"_s, u"v2"_s, u"v1"_s}
                                              << QStringList{u"d3"_s, u"d2"_s, u"d1"_s};
        QTest::newRow("keep 1 or younger than 35 days") << five << 1 << 35 << false << QString() << false
                                                        << QStringList{u"v2"_s, u"v1"_s}
                                                        << QStringList{u"d2"_s, u"d1"_s};
        // Only matching tags are candidates; "latest" and "stable" never go.
        const QString mixed = u"latest@x@1 stable@y@60 pr-1@p1@30 pr-2@p2@20 pr-3@p3@10"_s;
        QTest::newRow("glob pattern") << mixed << 1 << -1 << false << u"pr-*"_s << false
                                      << QStringList{u"pr-2"_s, u"pr-1"_s} << QStringList{u"p2"_s, u"p1"_s};
        QTest::newRow("glob matches whole tag") << mixed << 0 << -1 << false << u"pr"_s << false
                                                << QStringList{} << QStringList{};
        QTest::newRow("regex searched") << mixed << 0 << -1 << false << u"^pr-[12]$"_s << true
                                        << QStringList{u"pr-2"_s, u"pr-1"_s} << QStringList{u"p2"_s, u"p1"_s};
        // old shares its digest with the kept "latest": deleting it would take latest too.
        const QString shared = u"latest@s@1 old@s@100 older@o@200 other@o@200"_s;
        QTest::newRow("shared digest with a kept tag stays") << shared << 1 << -1 << false << QString() << false
                                                             << QStringList{u"other"_s, u"older"_s}
                                                             << QStringList{u"o"_s};
        QTest::newRow("shared digest kept by a non-matching tag")
            << u"keep@k@1 ci-1@k@50 ci-2@c@60"_s << 0 << -1 << false << u"ci-*"_s << false
            << QStringList{u"ci-2"_s} << QStringList{u"c"_s};
        QTest::newRow("unknown date kept") << u"a@1@10 b@2@ c@3@30"_s << 1 << -1 << false << QString() << false
                                           << QStringList{u"c"_s} << QStringList{u"3"_s};
        QTest::newRow("unknown date fine by version") << u"1@1@ 2@2@ 3@3@"_s << 1 << -1 << true << QString() << false
                                                      << QStringList{u"2"_s, u"1"_s}
                                                      << QStringList{u"2"_s, u"1"_s};
        QTest::newRow("unresolved tag kept") << u"a@@ b@2@"_s << 0 << -1 << true << QString() << false
                                             << QStringList{u"b"_s} << QStringList{u"2"_s};
    }

    void plan()
    {
        QFETCH(QString, tags);
        QFETCH(int, keep);
        QFETCH(int, days);
        QFETCH(bool, byVersion);
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(QStringList, deleted);
        QFETCH(QStringList, digests);

        CleanupRules rules;
        rules.keepNewest = keep;
        rules.keepYoungerThanDays = days;
        rules.order = byVersion ? CleanupRules::Order::Version : CleanupRules::Order::Created;
        rules.pattern = pattern;
        rules.syntax = regex ? CleanupRules::Syntax::Regex : CleanupRules::Syntax::Glob;
        const QList<TagInfo> infos = parseTags(tags);
        const CleanupPlan plan = CleanupPlanner::plan(infos, rules, Now);
        QVERIFY2(!plan.error, qPrintable(plan.error.message));
        QCOMPARE(plan.deletedTags(), deleted);
        QCOMPARE(plan.digests, digests);
        QCOMPARE(plan.decisions.size(), infos.size());
        QCOMPARE(plan.keptTags().size() + plan.deletedTags().size(), infos.size());
        for (const CleanupDecision &d : plan.decisions)
            QVERIFY(!CleanupPlanner::reasonText(d, rules).isEmpty());
    }

    void sharedReasonNamesTheKeptTag()
    {
        CleanupRules rules;
        rules.keepNewest = 1;
        const CleanupPlan plan = CleanupPlanner::plan(parseTags(u"latest@s@1 old@s@100"_s), rules, Now);
        QCOMPARE(plan.decisions.at(1).reason, CleanupDecision::Reason::SharesDigest);
        QCOMPARE(plan.decisions.at(1).sharedWith, u"latest"_s);
        QVERIFY(CleanupPlanner::reasonText(plan.decisions.at(1), rules).contains(u"latest"_s));
    }

    void invalidRules()
    {
        CleanupRules none;
        QCOMPARE(CleanupPlanner::plan(parseTags(u"a@1@1"_s), none, Now).error.kind, ErrorKind::InvalidInput);
        CleanupRules badRegex;
        badRegex.keepNewest = 1;
        badRegex.pattern = u"(["_s;
        badRegex.syntax = CleanupRules::Syntax::Regex;
        const CleanupPlan plan = CleanupPlanner::plan(parseTags(u"a@1@1"_s), badRegex, Now);
        QCOMPARE(plan.error.kind, ErrorKind::InvalidInput);
        QVERIFY(plan.digests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCleanupPlan)
#include "tst_cleanupplan.moc"
