// FakeHarbor's garbage collection: schedule, runs advanced by finishGc, logs with Harbor's lines.

#include "fakeharboradmin.h"
#include "fakeharborroutes.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

// --- garbage collection (system administrators only)

QJsonObject gcJson(const GcRun &run)
{
    const QJsonObject params{{u"delete_untagged"_s, run.deleteUntagged}, {u"dry_run"_s, run.dryRun},
                             {u"workers"_s, run.workers}};
    return {{u"id"_s, run.id}, {u"job_name"_s, u"GARBAGE_COLLECTION"_s},
            {u"job_kind"_s, run.kind == "Manual"_L1 ? u"MANUAL"_s : u"SCHEDULE"_s},
            {u"job_parameters"_s, QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))},
            {u"schedule"_s, QJsonObject{{u"type"_s, run.kind}}}, {u"job_status"_s, run.status},
            {u"deleted"_s, false}, {u"creation_time"_s, timeText(run.created)},
            {u"update_time"_s, timeText(run.updated)}};
}

GcRun *gcById(FakeHarbor &h, const Call &call)
{
    const int id = call.path(u"gc_id"_s).toInt();
    for (GcRun &r : h.state().admin.gcRuns) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

bool validCron(const QString &cron)
{
    return cron.split(u' ', Qt::SkipEmptyParts).size() == 6; // Harbor's cron has seconds first
}

std::optional<Response> checkSchedule(const QJsonObject &body, bool manualAllowed)
{
    const QJsonObject schedule = body.value("schedule"_L1).toObject();
    const QString type = schedule.value("type"_L1).toString();
    static const QStringList periodic{u"Hourly"_s, u"Daily"_s, u"Weekly"_s, u"Custom"_s, u"Schedule"_s};
    if (type == "Manual"_L1 ? !manualAllowed : !periodic.contains(type) && type != "None"_L1)
        return badRequest(u"invalid schedule type %1"_s.arg(type));
    if (periodic.contains(type) && !validCron(schedule.value("cron"_L1).toString()))
        return badRequest(u"invalid cron %1"_s.arg(schedule.value("cron"_L1).toString()));
    const QJsonObject params = body.value("parameters"_L1).toObject();
    const int workers = params.value("workers"_L1).toInt(1);
    if (workers < 1 || workers > 5)
        return badRequest(u"workers must be 1 to 5"_s);
    return std::nullopt;
}

Response getGcSchedule(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    return FakeHarbor::json(200, h.state().admin.gcSchedule);
}

QJsonObject storedSchedule(const QJsonObject &body)
{
    QJsonObject schedule = body.value("schedule"_L1).toObject();
    schedule.insert(u"next_scheduled_time"_s, timeText(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    return {{u"id"_s, 1}, {u"status"_s, u"Scheduled"_s}, {u"schedule"_s, schedule},
            {u"parameters"_s, body.value("parameters"_L1).toObject()}, {u"creation_time"_s, now},
            {u"update_time"_s, now}};
}

Response createGcSchedule(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    const QJsonObject body = call.body.toObject();
    if (auto bad = checkSchedule(body, true))
        return *bad;
    AdminState &a = h.state().admin;
    if (body.value("schedule"_L1).toObject().value("type"_L1).toString() != "Manual"_L1) {
        if (!a.gcSchedule.isEmpty())
            return FakeHarbor::error(409, u"CONFLICT"_s, u"a schedule exists; update it"_s);
        a.gcSchedule = storedSchedule(body);
        recordAudit(h, call.principal, u"create"_s, u"configuration"_s, u"gc schedule"_s, 0);
        return created("/system/gc/schedule");
    }
    for (const GcRun &r : a.gcRuns) {
        if (r.status == "Running"_L1 || r.status == "Pending"_L1)
            return FakeHarbor::error(409, u"CONFLICT"_s, u"a garbage collection is already running"_s);
    }
    const QJsonObject params = body.value("parameters"_L1).toObject();
    GcRun run;
    run.id = h.nextId();
    run.deleteUntagged = params.value("delete_untagged"_L1).toBool();
    run.dryRun = params.value("dry_run"_L1).toBool();
    run.workers = params.value("workers"_L1).toInt(1);
    run.created = run.updated = QDateTime::currentDateTimeUtc();
    run.log = "2024-01-01T00:00:00Z [INFO] [/jobservice/job/impl/gc/garbage_collection.go:120]: start to run gc in job.\n";
    a.gcRuns.append(run);
    recordAudit(h, call.principal, u"create"_s, u"gc"_s, QString::number(run.id), 0);
    return created("/system/gc/" + QByteArray::number(run.id));
}

Response updateGcSchedule(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    const QJsonObject body = call.body.toObject();
    if (auto bad = checkSchedule(body, false))
        return *bad;
    AdminState &a = h.state().admin;
    a.gcSchedule = body.value("schedule"_L1).toObject().value("type"_L1).toString() == "None"_L1 ? QJsonObject()
                                                                                                  : storedSchedule(body);
    recordAudit(h, call.principal, u"update"_s, u"configuration"_s, u"gc schedule"_s, 0);
    return Response::json(200, {});
}

Response gcHistory(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    QList<GcRun> runs = h.state().admin.gcRuns;
    if (call.queryValue(u"sort"_s) == "-creation_time"_L1)
        std::reverse(runs.begin(), runs.end());
    QJsonArray all;
    for (const GcRun &r : runs)
        all.append(gcJson(r));
    return h.paged(call, all);
}

Response getGc(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    GcRun *run = gcById(h, call);
    return run ? FakeHarbor::json(200, gcJson(*run)) : notFound(u"gc"_s);
}

Response gcLog(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    GcRun *run = gcById(h, call);
    return run ? Response::text(200, run->log) : notFound(u"gc"_s);
}

Response stopGc(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    GcRun *run = gcById(h, call);
    if (!run)
        return notFound(u"gc"_s);
    if (run->status == "Running"_L1 || run->status == "Pending"_L1) {
        run->status = u"Stopped"_s;
        run->updated = QDateTime::currentDateTimeUtc();
        run->log += "[INFO] the job is stopped\n";
    }
    return Response::json(200, {});
}

} // namespace

namespace harbor {

void finishGc(FakeHarbor &fake, int gcId, const QString &status, qint64 freedMegabytes)
{
    for (GcRun &run : fake.state().admin.gcRuns) {
        if ((gcId && run.id != gcId) || (run.status != "Running"_L1 && run.status != "Pending"_L1))
            continue;
        run.status = status;
        run.updated = QDateTime::currentDateTimeUtc();
        const QByteArray prefix = "2024-01-01T00:00:05Z [INFO] [/jobservice/job/impl/gc/garbage_collection.go:300]: ";
        run.log += prefix + "7 blobs and 1 manifests eligible for deletion\n";
        if (status == "Success"_L1 && run.dryRun)
            run.log += prefix + "The GC could free up " + QByteArray::number(freedMegabytes)
                + " MB space, the size is a rough estimate.\n";
        else if (status == "Success"_L1)
            run.log += prefix + "7 blobs and 1 manifests are actually deleted\n" + prefix
                + "The GC job actual frees up " + QByteArray::number(freedMegabytes) + " MB space.\n";
        else
            run.log += "[ERROR] garbage collection failed\n";
    }
}

void registerAdminRulesRoutes(FakeHarbor &harbor); // fakeharboradminrules.cpp

void registerAdminOpsRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"getGCSchedule"_s, getGcSchedule);
    harbor.setHandler(u"createGCSchedule"_s, createGcSchedule);
    harbor.setHandler(u"updateGCSchedule"_s, updateGcSchedule);
    harbor.setHandler(u"getGCHistory"_s, gcHistory);
    harbor.setHandler(u"getGC"_s, getGc);
    harbor.setHandler(u"getGCLog"_s, gcLog);
    harbor.setHandler(u"stopGC"_s, stopGc);
    registerAdminRulesRoutes(harbor);
}

} // namespace harbor

} // namespace berth::test
