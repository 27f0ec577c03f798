// Harbor replication records without the network: Harbor's 6-field cron, a policy's JSON (push
// and pull, filters, trigger, deletion sent both ways, bandwidth), the checks made before sending.

#include "core/harborreplication.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace berth;

namespace {

HarborReplicationPolicy pushPolicy(qint64 endpointId)
{
    HarborReplicationPolicy p;
    p.name = u"to-backup"_s;
    p.description = u"nightly"_s;
    p.destRegistryId = endpointId;
    p.nameFilter = u"library/**"_s;
    p.tagFilter = u"v1*"_s;
    p.destNamespace = u"mirror"_s;
    p.flatten = 1;
    return p;
}

} // namespace

class TstHarborReplicationTypes : public QObject
{
    Q_OBJECT

private slots:
    void cron_data();
    void cron();
    void policyJson();
    void policyValidation_data();
    void policyValidation();
    void idFromLocation();
};

void TstHarborReplicationTypes::cron_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("valid");
    QTest::newRow("daily") << u"0 0 2 * * *"_s << true;
    QTest::newRow("every 15 min") << u"0 */15 * * * ?"_s << true;
    QTest::newRow("names lists ranges") << u"0 30 1 1,15 JAN-MAR MON-FRI"_s << true;
    QTest::newRow("extra spaces") << u" 0  0 2 * *  * "_s << true;
    QTest::newRow("five fields") << u"0 2 * * *"_s << false;
    QTest::newRow("seven fields") << u"0 0 2 * * * 2025"_s << false;
    QTest::newRow("second 60") << u"60 * * * * *"_s << false;
    QTest::newRow("hour 24") << u"0 0 24 * * *"_s << false;
    QTest::newRow("day 0") << u"0 0 0 0 * *"_s << false;
    QTest::newRow("month 13") << u"0 0 0 * 13 *"_s << false;
    QTest::newRow("weekday 7") << u"0 0 0 * * 7"_s << false;
    QTest::newRow("step 0") << u"*/0 * * * * *"_s << false;
    QTest::newRow("letters") << u"a b c d e f"_s << false;
    QTest::newRow("backwards range") << u"0 0 5-2 * * *"_s << false;
    QTest::newRow("question in hour") << u"0 0 ? * * *"_s << false;
    QTest::newRow("empty list item") << u"0 0 1, * * *"_s << false;
}

void TstHarborReplicationTypes::cron()
{
    QFETCH(QString, expression);
    QFETCH(bool, valid);
    const Error e = HarborCron::validate(expression);
    QCOMPARE(!e.isError(), valid);
    if (!valid) {
        QCOMPARE(e.kind, ErrorKind::InvalidInput);
        QVERIFY2(e.message.contains(u"schedule"_s), qPrintable(e.message));
    }
}

void TstHarborReplicationTypes::policyJson()
{
    HarborReplicationPolicy push = pushPolicy(7);
    push.tagExcludes = true;
    push.labelFilter = {u"prod"_s, u"signed"_s};
    push.resourceFilter = u"image"_s;
    push.trigger = HarborTrigger::Scheduled;
    push.cron = u"0 0 2 * * *"_s;
    push.deletion = true;
    push.override = false;
    push.speedKbps = 2048;
    push.copyByChunk = true;
    QVERIFY(!push.validate());
    const QJsonObject o = push.toJson();
    QCOMPARE(o.value("dest_registry"_L1).toObject().value("id"_L1).toInteger(), 7);
    QVERIFY(!o.contains("src_registry"_L1));
    QCOMPARE(o.value("dest_namespace"_L1).toString(), u"mirror"_s);
    QCOMPARE(o.value("dest_namespace_replace_count"_L1).toInt(), 1);
    QCOMPARE(o.value("trigger"_L1).toObject().value("type"_L1).toString(), u"scheduled"_s);
    QCOMPARE(o.value("trigger"_L1).toObject().value("trigger_settings"_L1).toObject().value("cron"_L1).toString(),
             u"0 0 2 * * *"_s);
    QCOMPARE(o.value("deletion"_L1), QJsonValue(true));
    QCOMPARE(o.value("replicate_deletion"_L1), QJsonValue(true));
    QCOMPARE(o.value("override"_L1), QJsonValue(false));
    QCOMPARE(o.value("speed"_L1).toInt(), 2048);
    QCOMPARE(o.value("copy_by_chunk"_L1), QJsonValue(true));
    const QJsonArray filters = o.value("filters"_L1).toArray();
    QCOMPARE(filters.size(), 4);
    QCOMPARE(filters.at(0).toObject(), (QJsonObject{{u"type"_s, u"name"_s}, {u"value"_s, u"library/**"_s}}));
    QCOMPARE(filters.at(1).toObject().value("decoration"_L1).toString(), u"excludes"_s);
    QCOMPARE(filters.at(2).toObject().value("value"_L1).toArray(), QJsonArray({u"prod"_s, u"signed"_s}));
    QCOMPARE(filters.at(2).toObject().value("decoration"_L1).toString(), u"matches"_s);
    QCOMPARE(filters.at(3).toObject().value("value"_L1).toString(), u"image"_s);

    const HarborReplicationPolicy back = HarborReplicationPolicy::fromJson(o);
    QCOMPARE(back.destRegistryId, 7);
    QVERIFY(back.isPush());
    QCOMPARE(back.tagFilter, u"v1*"_s);
    QVERIFY(back.tagExcludes);
    QCOMPARE(back.labelFilter, QStringList({u"prod"_s, u"signed"_s}));
    QCOMPARE(back.trigger, HarborTrigger::Scheduled);
    QCOMPARE(back.cron, u"0 0 2 * * *"_s);
    QVERIFY(back.deletion);
    QCOMPARE(back.speedKbps, 2048);

    HarborReplicationPolicy pull;
    pull.name = u"from-hub"_s;
    pull.srcRegistryId = 3;
    const QJsonObject p = pull.toJson();
    QCOMPARE(p.value("src_registry"_L1).toObject().value("id"_L1).toInteger(), 3);
    QVERIFY(!p.contains("dest_registry"_L1));
    QCOMPARE(p.value("speed"_L1).toInt(), -1); // unlimited
    QCOMPARE(p.value("trigger"_L1).toObject().value("type"_L1).toString(), u"manual"_s);
    QCOMPARE(p.value("deletion"_L1), QJsonValue(false));
    QCOMPARE(p.value("replicate_deletion"_L1), QJsonValue(false));
    QVERIFY(!HarborReplicationPolicy::fromJson(p).isPush());
}

void TstHarborReplicationTypes::policyValidation_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << u"name"_s << u"name"_s;
    QTest::newRow("both directions") << u"both"_s << u"exactly one"_s;
    QTest::newRow("no direction") << u"none"_s << u"exactly one"_s;
    QTest::newRow("event in pull mode") << u"eventpull"_s << u"Event-based"_s;
    QTest::newRow("5-field cron") << u"cron5"_s << u"6"_s;
    QTest::newRow("bad cron field") << u"cronbad"_s << u"hour"_s;
    QTest::newRow("empty cron") << u"cronempty"_s << u"cron"_s;
    QTest::newRow("flatten 4") << u"flatten"_s << u"flattening"_s;
    QTest::newRow("resource") << u"resource"_s << u"resource"_s;
}

void TstHarborReplicationTypes::policyValidation()
{
    QFETCH(QString, what);
    QFETCH(QString, mentions);
    HarborReplicationPolicy p = pushPolicy(5);
    if (what == "name"_L1)
        p.name = u"  "_s;
    else if (what == "both"_L1)
        p.srcRegistryId = 4;
    else if (what == "none"_L1)
        p.destRegistryId = 0;
    else if (what == "eventpull"_L1)
        p = [&] { auto q = p; q.destRegistryId = 0; q.srcRegistryId = 4; q.trigger = HarborTrigger::EventBased; return q; }();
    else if (what.startsWith("cron"_L1))
        p.trigger = HarborTrigger::Scheduled;
    if (what == "cron5"_L1)
        p.cron = u"0 2 * * *"_s;
    else if (what == "cronbad"_L1)
        p.cron = u"0 0 25 * * *"_s;
    else if (what == "cronempty"_L1)
        p.trigger = HarborTrigger::Scheduled;
    else if (what == "flatten"_L1)
        p.flatten = 4;
    else if (what == "resource"_L1)
        p.resourceFilter = u"chart"_s;
    const Error e = p.validate();
    QCOMPARE(e.kind, ErrorKind::InvalidInput);
    QVERIFY2(e.message.contains(mentions, Qt::CaseInsensitive), qPrintable(e.message));
    // Event-based pushing is fine.
    HarborReplicationPolicy event = pushPolicy(5);
    event.trigger = HarborTrigger::EventBased;
    QVERIFY(!event.validate());
}

void TstHarborReplicationTypes::idFromLocation()
{
    QCOMPARE(HarborReplication::idFromLocation("/api/v2.0/registries/17"), 17);
    QCOMPARE(HarborReplication::idFromLocation("http://h/api/v2.0/replication/executions/9/"), 9);
    QCOMPARE(HarborReplication::idFromLocation("/api/v2.0/replication/policies/x"), 0);
    QCOMPARE(HarborReplication::idFromLocation(""), 0);
}

QTEST_GUILESS_MAIN(TstHarborReplicationTypes)
#include "tst_harborreplicationtypes.moc"
