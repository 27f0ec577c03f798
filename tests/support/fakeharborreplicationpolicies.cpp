// FakeHarbor's replication policies, with the checks Harbor makes before storing one.

#include "fakeharborreplication.h"
#include "fakeharborroutes.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

int idParam(const Call &call)
{
    return call.path(u"id"_s).toInt();
}

QJsonObject policyJson(const FakeHarbor &h, const ReplicationPolicy &p)
{
    QJsonObject o = p.sent;
    o.insert(u"id"_s, p.id);
    o.insert(u"src_registry"_s, endpointJson(h, p.srcRegistryId));
    o.insert(u"dest_registry"_s, endpointJson(h, p.destRegistryId));
    o.insert(u"creation_time"_s, timeText(p.created));
    o.insert(u"update_time"_s, timeText(p.updated));
    return o;
}

Response listPolicies(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    QJsonArray all;
    for (const ReplicationPolicy &p : std::as_const(h.state().replication.policies))
        all.append(policyJson(h, p));
    return h.paged(call, all);
}

// Harbor's checks of a policy (controller validation): a 400 on the first problem.
std::optional<Response> readPolicy(FakeHarbor &h, const QJsonObject &o, ReplicationPolicy &p)
{
    p.name = o.value("name"_L1).toString();
    p.srcRegistryId = o.value("src_registry"_L1).toObject().value("id"_L1).toInt();
    p.destRegistryId = o.value("dest_registry"_L1).toObject().value("id"_L1).toInt();
    if (p.name.trimmed().isEmpty())
        return badRequest(u"name is required"_s);
    if ((p.srcRegistryId != 0) == (p.destRegistryId != 0))
        return badRequest(u"either src_registry or dest_registry should be empty, but not both"_s);
    if (!findEndpoint(h, p.srcRegistryId ? p.srcRegistryId : p.destRegistryId))
        return badRequest(u"registry %1 not found"_s.arg(p.srcRegistryId ? p.srcRegistryId : p.destRegistryId));
    const QJsonObject trigger = o.value("trigger"_L1).toObject();
    const QString type = trigger.value("type"_L1).toString(u"manual"_s);
    if (type != "manual"_L1 && type != "scheduled"_L1 && type != "event_based"_L1)
        return badRequest(u"invalid trigger type %1"_s.arg(type));
    if (type == "event_based"_L1 && p.srcRegistryId)
        return badRequest(u"the event based trigger is not supported in pull mode"_s);
    if (type == "scheduled"_L1) {
        const QString cron = trigger.value("trigger_settings"_L1).toObject().value("cron"_L1).toString();
        static const QRegularExpression field(u"^[0-9A-Za-z*?/,-]+$"_s);
        const QStringList fields = cron.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() != 6 || !std::all_of(fields.begin(), fields.end(), [](const QString &f) {
                return field.match(f).hasMatch();
            }))
            return badRequest(u"invalid cron string for scheduled trigger: %1"_s.arg(cron));
    }
    const QJsonArray filters = o.value("filters"_L1).toArray();
    for (const QJsonValue &v : filters) {
        const QJsonObject f = v.toObject();
        const QString t = f.value("type"_L1).toString();
        const QString decoration = f.value("decoration"_L1).toString();
        if (t != "name"_L1 && t != "tag"_L1 && t != "label"_L1 && t != "resource"_L1)
            return badRequest(u"invalid filter type %1"_s.arg(t));
        if (!decoration.isEmpty() && decoration != "matches"_L1 && decoration != "excludes"_L1)
            return badRequest(u"invalid filter decoration %1"_s.arg(decoration));
        if (t == "label"_L1 ? !f.value("value"_L1).isArray() : !f.value("value"_L1).isString())
            return badRequest(u"invalid value of the %1 filter"_s.arg(t));
    }
    const int replaceCount = o.value("dest_namespace_replace_count"_L1).toInt(-1);
    if (replaceCount < -1)
        return badRequest(u"invalid dest_namespace_replace_count %1"_s.arg(replaceCount));
    if (o.value("speed"_L1).toInt(-1) < -1)
        return badRequest(u"invalid speed"_s);
    for (const ReplicationPolicy &other : std::as_const(h.state().replication.policies)) {
        if (other.name == p.name && other.id != p.id)
            return FakeHarbor::error(409, u"CONFLICT"_s, u"policy %1 already exists"_s.arg(p.name));
    }
    p.sent = o;
    return std::nullopt;
}

Response createPolicy(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    ReplicationPolicy p;
    if (auto bad = readPolicy(h, call.body.toObject(), p))
        return *bad;
    p.id = h.nextId();
    p.created = p.updated = QDateTime::currentDateTimeUtc();
    h.state().replication.policies.append(p);
    Response r = Response::json(201, {});
    r.headers.append({"Location", "/api/v2.0/replication/policies/" + QByteArray::number(p.id)});
    return r;
}

Response getPolicy(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const ReplicationPolicy *p = findPolicy(h, idParam(call));
    if (!p)
        return FakeHarbor::error(404, u"NOT_FOUND"_s, u"policy %1 not found"_s.arg(idParam(call)));
    return FakeHarbor::json(200, policyJson(h, *p));
}

Response updatePolicy(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    ReplicationPolicy *existing = findPolicy(h, idParam(call));
    if (!existing)
        return FakeHarbor::error(404, u"NOT_FOUND"_s, u"policy %1 not found"_s.arg(idParam(call)));
    ReplicationPolicy p = *existing;
    if (auto bad = readPolicy(h, call.body.toObject(), p))
        return *bad;
    p.updated = QDateTime::currentDateTimeUtc();
    *existing = p;
    return Response::json(200, {});
}

Response deletePolicy(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const int id = idParam(call);
    if (!findPolicy(h, id))
        return FakeHarbor::error(404, u"NOT_FOUND"_s, u"policy %1 not found"_s.arg(id));
    for (const ReplicationExecution &e : std::as_const(h.state().replication.executions)) {
        if (e.policyId == id && isRunning(e.status))
            return FakeHarbor::error(412, u"PRECONDITION"_s,
                                     u"the policy %1 has running executions, can not be deleted"_s.arg(id));
    }
    auto &list = h.state().replication.policies;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const auto &p) { return p.id == id; }), list.end());
    return Response::json(200, {});
}

} // namespace

namespace harbor {

void registerReplicationPolicyRoutes(FakeHarbor &fake)
{
    fake.setHandler(u"listReplicationPolicies"_s, listPolicies);
    fake.setHandler(u"createReplicationPolicy"_s, createPolicy);
    fake.setHandler(u"getReplicationPolicy"_s, getPolicy);
    fake.setHandler(u"updateReplicationPolicy"_s, updatePolicy);
    fake.setHandler(u"deleteReplicationPolicy"_s, deletePolicy);
}

} // namespace harbor

} // namespace berth::test
