// FakeHarbor's replication endpoints ("registries") and adapters, and the helpers of the replication area.

#include "fakeharborreplication.h"
#include "fakeharborroutes.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace harbor {

std::optional<FakeHarbor::Response> requireSysadmin(const FakeHarbor::Call &call)
{
    if (!call.principal.authenticated)
        return FakeHarbor::error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
    if (!call.principal.sysadmin)
        return FakeHarbor::error(403, u"FORBIDDEN"_s, u"forbidden"_s);
    return std::nullopt;
}

ReplicationEndpoint *findEndpoint(FakeHarbor &fake, int id)
{
    for (ReplicationEndpoint &e : fake.state().replication.endpoints) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

ReplicationPolicy *findPolicy(FakeHarbor &fake, int id)
{
    for (ReplicationPolicy &p : fake.state().replication.policies) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

bool isRunning(const QString &status)
{
    return status == "InProgress"_L1 || status == "Pending"_L1;
}

bool globMatches(const QString &glob, const QString &text)
{
    QString re;
    int braces = 0;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            re += ".*"_L1;
            ++i;
        } else if (c == u'*') {
            re += "[^/]*"_L1;
        } else if (c == u'?') {
            re += "[^/]"_L1;
        } else if (c == u'{') {
            re += "(?:"_L1;
            ++braces;
        } else if (c == u'}' && braces > 0) {
            re += u')';
            --braces;
        } else if (c == u',' && braces > 0) {
            re += u'|';
        } else if (c == u'[' || c == u']') {
            re += c;
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re)).match(text).hasMatch();
}

} // namespace harbor

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

const QStringList &adapterList()
{
    static const QStringList list{u"aws-ecr"_s, u"azure-acr"_s, u"docker-hub"_s, u"docker-registry"_s,
                                  u"github-ghcr"_s, u"google-gcr"_s, u"harbor"_s, u"quay"_s};
    return list;
}

QString normalUrl(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

bool reachable(const FakeHarbor &fake, const QString &url)
{
    return fake.state().replication.reachableUrls.contains(normalUrl(url));
}

int idParam(const Call &call)
{
    return call.path(u"id"_s).toInt();
}

// --- endpoints

Response listRegistries(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    QJsonArray all;
    for (const ReplicationEndpoint &e : std::as_const(h.state().replication.endpoints))
        all.append(endpointJson(h, e.id));
    return h.paged(call, all);
}

std::optional<Response> checkEndpoint(FakeHarbor &h, const ReplicationEndpoint &e)
{
    if (e.name.trimmed().isEmpty())
        return badRequest(u"name is required"_s);
    if (!e.url.startsWith("http://"_L1) && !e.url.startsWith("https://"_L1))
        return badRequest(u"invalid URL %1"_s.arg(e.url));
    if (!adapterList().contains(e.type))
        return badRequest(u"invalid registry type %1"_s.arg(e.type));
    for (const ReplicationEndpoint &other : std::as_const(h.state().replication.endpoints)) {
        if (other.name == e.name && other.id != e.id)
            return FakeHarbor::error(409, u"CONFLICT"_s, u"registry %1 already exists"_s.arg(e.name));
    }
    return std::nullopt;
}

Response createRegistry(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const QJsonObject o = call.body.toObject();
    const QJsonObject c = o.value("credential"_L1).toObject();
    ReplicationEndpoint e;
    e.name = o.value("name"_L1).toString();
    e.description = o.value("description"_L1).toString();
    e.type = o.value("type"_L1).toString();
    e.url = normalUrl(o.value("url"_L1).toString());
    e.credentialType = c.value("type"_L1).toString();
    e.accessKey = c.value("access_key"_L1).toString();
    e.accessSecret = c.value("access_secret"_L1).toString();
    e.insecure = o.value("insecure"_L1).toBool();
    e.caCertificate = o.value("ca_certificate"_L1).toString();
    if (auto bad = checkEndpoint(h, e))
        return *bad;
    e.id = h.nextId();
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    h.state().replication.endpoints.append(e);
    Response r = Response::json(201, {});
    r.headers.append({"Location", "/api/v2.0/registries/" + QByteArray::number(e.id)});
    return r;
}

Response getRegistry(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    if (!findEndpoint(h, idParam(call)))
        return FakeHarbor::error(404, u"NOT_FOUND"_s, u"registry %1 not found"_s.arg(idParam(call)));
    return FakeHarbor::json(200, endpointJson(h, idParam(call)));
}

Response updateRegistry(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    ReplicationEndpoint *existing = findEndpoint(h, idParam(call));
    if (!existing)
        return FakeHarbor::error(404, u"NOT_FOUND"_s, u"registry %1 not found"_s.arg(idParam(call)));
    // RegistryUpdate: every field optional; what is absent stays.
    const QJsonObject o = call.body.toObject();
    ReplicationEndpoint e = *existing;
    const auto str = [&](const char *key, QString &field) {
        if (o.contains(QLatin1String(key)) && !o.value(QLatin1String(key)).isNull())
            field = o.value(QLatin1String(key)).toString();
    };
    str("name", e.name);
    str("description", e.description);
    str("url", e.url);
    str("credential_type", e.credentialType);
    str("access_key", e.accessKey);
    str("access_secret", e.accessSecret);
    str("ca_certificate", e.caCertificate);
    if (o.value("insecure"_L1).isBool())
        e.insecure = o.value("insecure"_L1).toBool();
    e.url = normalUrl(e.url);
    if (auto bad = checkEndpoint(h, e))
        return *bad;
    e.updated = QDateTime::currentDateTimeUtc();
    *existing = e;
    return Response::json(200, {});
}

Response deleteRegistry(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const int id = idParam(call);
    if (!findEndpoint(h, id))
        return FakeHarbor::error(404, u"NOT_FOUND"_s, u"registry %1 not found"_s.arg(id));
    for (const ReplicationPolicy &p : std::as_const(h.state().replication.policies)) {
        if (p.srcRegistryId == id || p.destRegistryId == id)
            return FakeHarbor::error(412, u"PRECONDITION"_s,
                                     u"the registry %1 is referenced by replication policies, cannot delete it"_s.arg(id));
    }
    for (const Project &p : std::as_const(h.state().projects)) {
        if (p.registryId == id)
            return FakeHarbor::error(412, u"PRECONDITION"_s, u"the registry %1 is used by proxy cache projects"_s.arg(id));
    }
    auto &list = h.state().replication.endpoints;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const auto &e) { return e.id == id; }), list.end());
    return Response::json(200, {});
}

Response pingRegistry(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const QJsonObject o = call.body.toObject();
    QString url = o.value("url"_L1).toString();
    QString type = o.value("type"_L1).toString();
    if (o.contains("id"_L1) && !o.value("id"_L1).isNull()) {
        const ReplicationEndpoint *e = findEndpoint(h, o.value("id"_L1).toInt());
        if (!e)
            return FakeHarbor::error(404, u"NOT_FOUND"_s, u"registry %1 not found"_s.arg(o.value("id"_L1).toInt()));
        if (url.isEmpty())
            url = e->url;
        if (type.isEmpty())
            type = e->type;
    }
    if (url.isEmpty())
        return badRequest(u"URL is required"_s);
    if (!type.isEmpty() && !adapterList().contains(type))
        return badRequest(u"invalid registry type %1"_s.arg(type));
    if (!reachable(h, url))
        return badRequest(u"failed to ping endpoint %1"_s.arg(url));
    return Response::json(200, {});
}

Response registryInfo(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const ReplicationEndpoint *e = findEndpoint(h, idParam(call));
    if (!e)
        return FakeHarbor::error(404, u"NOT_FOUND"_s, u"registry %1 not found"_s.arg(idParam(call)));
    // Harbor to Harbor knows labels, resources and events; the others names, tags and schedules.
    const bool harbor = e->type == "harbor"_L1;
    QJsonArray filters{QJsonObject{{u"type"_s, u"name"_s}, {u"style"_s, u"input"_s}},
                       QJsonObject{{u"type"_s, u"tag"_s}, {u"style"_s, u"input"_s}}};
    QJsonArray triggers{u"manual"_s, u"scheduled"_s};
    if (harbor) {
        filters.append(QJsonObject{{u"type"_s, u"label"_s}, {u"style"_s, u"list"_s}});
        filters.append(QJsonObject{{u"type"_s, u"resource"_s}, {u"style"_s, u"radio"_s},
                                   {u"values"_s, QJsonArray{u"image"_s, u"artifact"_s}}});
        triggers.append(u"event_based"_s);
    }
    return FakeHarbor::json(200, QJsonObject{{u"type"_s, e->type}, {u"description"_s, u"fake adapter"_s},
                                             {u"supported_resource_filters"_s, filters},
                                             {u"supported_triggers"_s, triggers},
                                             {u"supported_copy_by_chunk"_s, harbor}});
}

Response listAdapters(FakeHarbor &, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    return FakeHarbor::json(200, QJsonArray::fromStringList(adapterList()));
}

QJsonObject pattern(const QString &type, const QList<std::pair<QString, QString>> &endpoints,
                    const QJsonObject &credential = {})
{
    QJsonArray list;
    for (const auto &[key, value] : endpoints)
        list.append(QJsonObject{{u"key"_s, key}, {u"value"_s, value}});
    QJsonObject o{{u"endpoint_pattern"_s, QJsonObject{{u"endpoint_type"_s, type}, {u"endpoints"_s, list}}}};
    if (!credential.isEmpty())
        o.insert(u"credential_pattern"_s, credential);
    return o;
}

Response listAdapterInfos(FakeHarbor &, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const QJsonObject gcrKey{{u"access_key_type"_s, u"AccessKeyTypeFix"_s}, {u"access_key_data"_s, u"_json_key"_s},
                             {u"access_secret_type"_s, u"AccessSecretTypeFile"_s}, {u"access_secret_data"_s, u"No Change"_s}};
    return FakeHarbor::json(200, QJsonObject{
        {u"docker-hub"_s, pattern(u"EndpointPatternTypeFix"_s, {{u"hub.docker.com"_s, u"https://hub.docker.com"_s}})},
        {u"github-ghcr"_s, pattern(u"EndpointPatternTypeFix"_s, {{u"ghcr.io"_s, u"https://ghcr.io"_s}})},
        {u"aws-ecr"_s, pattern(u"EndpointPatternTypeList"_s,
                               {{u"us-east-1"_s, u"https://api.ecr.us-east-1.amazonaws.com"_s},
                                {u"eu-west-1"_s, u"https://api.ecr.eu-west-1.amazonaws.com"_s}})},
        {u"google-gcr"_s, pattern(u"EndpointPatternTypeList"_s,
                                  {{u"gcr.io"_s, u"https://gcr.io"_s}, {u"eu.gcr.io"_s, u"https://eu.gcr.io"_s}}, gcrKey)},
        {u"azure-acr"_s, pattern(u"EndpointPatternTypeStandard"_s, {})},
    });
}

} // namespace

namespace harbor {

QJsonObject endpointJson(const FakeHarbor &fake, int id)
{
    if (id == 0)
        return QJsonObject{{u"id"_s, 0}, {u"name"_s, u"Local"_s}, {u"type"_s, u"harbor"_s},
                           {u"url"_s, fake.url().toString()}, {u"insecure"_s, true}, {u"status"_s, u"healthy"_s},
                           {u"creation_time"_s, timeText({})}, {u"update_time"_s, timeText({})}};
    for (const ReplicationEndpoint &e : fake.state().replication.endpoints) {
        if (e.id != id)
            continue;
        QJsonObject o{{u"id"_s, e.id}, {u"name"_s, e.name}, {u"description"_s, e.description}, {u"type"_s, e.type},
                      {u"url"_s, e.url}, {u"insecure"_s, e.insecure},
                      {u"status"_s, reachable(fake, e.url) ? u"healthy"_s : u"unhealthy"_s},
                      {u"creation_time"_s, timeText(e.created)}, {u"update_time"_s, timeText(e.updated)}};
        // Harbor never sends a secret back, only a mask.
        o.insert(u"credential"_s, QJsonObject{{u"type"_s, e.credentialType.isEmpty() ? u"basic"_s : e.credentialType},
                                              {u"access_key"_s, e.accessKey},
                                              {u"access_secret"_s, e.accessSecret.isEmpty() ? QString() : u"*****"_s}});
        if (!e.caCertificate.isEmpty())
            o.insert(u"ca_certificate"_s, e.caCertificate);
        return o;
    }
    return {};
}

int addReplicationEndpoint(FakeHarbor &fake, const QString &name, const QString &url, const QString &type,
                           bool isReachable)
{
    ReplicationEndpoint e;
    e.id = fake.nextId();
    e.name = name;
    e.url = normalUrl(url);
    e.type = type;
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    fake.state().replication.endpoints.append(e);
    setUrlReachable(fake, url, isReachable);
    return e.id;
}

void setUrlReachable(FakeHarbor &fake, const QString &url, bool isReachable)
{
    QStringList &urls = fake.state().replication.reachableUrls;
    urls.removeAll(normalUrl(url));
    if (isReachable)
        urls.append(normalUrl(url));
}

void addRemoteRepository(FakeHarbor &fake, int endpointId, const QString &repository, const QStringList &tags)
{
    if (ReplicationEndpoint *e = findEndpoint(fake, endpointId))
        e->remoteRepositories.insert(repository, tags);
}

} // namespace harbor

void registerReplicationRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"listRegistries"_s, listRegistries);
    harbor.setHandler(u"createRegistry"_s, createRegistry);
    harbor.setHandler(u"getRegistry"_s, getRegistry);
    harbor.setHandler(u"updateRegistry"_s, updateRegistry);
    harbor.setHandler(u"deleteRegistry"_s, deleteRegistry);
    harbor.setHandler(u"pingRegistry"_s, pingRegistry);
    harbor.setHandler(u"getRegistryInfo"_s, registryInfo);
    harbor.setHandler(u"listRegistryProviderTypes"_s, listAdapters);
    harbor.setHandler(u"listRegistryProviderInfos"_s, listAdapterInfos);
    registerReplicationPolicyRoutes(harbor);
    registerReplicationExecutionRoutes(harbor);
}

} // namespace berth::test
