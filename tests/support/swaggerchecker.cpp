#include "swaggerchecker.h"

#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

namespace {

struct Route {
    QString path;           // template as written in the definition
    QStringList segments;   // split at '/', after the base path
    int literals = 0;       // more literal segments win over parameters (/users/current)
    QJsonObject item;       // the path item: methods -> operations
};

QString decodeOnce(const QString &raw)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw.toUtf8()));
}

bool isParamSegment(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

// Go-swagger reads booleans leniently; we take the spellings a careful client sends.
bool isBoolText(const QString &v)
{
    const QString l = v.toLower();
    return l == "true"_L1 || l == "false"_L1 || l == "1"_L1 || l == "0"_L1;
}

QByteArray headerOf(const SwaggerChecker::Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool hasHeader(const SwaggerChecker::Headers &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

struct SwaggerChecker::Spec {
    QString error;
    QString basePath;
    QList<Route> routes;
    QJsonObject definitions;
    QJsonObject parameters;
};

namespace {

std::shared_ptr<const SwaggerChecker::Spec> loadSpec(const QString &path)
{
    // The definition is 350 KB; every FakeHarbor and checker shares one parse per file.
    static QHash<QString, std::shared_ptr<const SwaggerChecker::Spec>> cache;
    if (const auto it = cache.constFind(path); it != cache.cend())
        return *it;
    auto spec = std::make_shared<SwaggerChecker::Spec>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        spec->error = u"cannot open Harbor API definition %1: %2"_s.arg(path, file.errorString());
        return spec; // not cached: a later test may set BERTH_HARBOR_SPEC
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value("swagger"_L1).toString() != "2.0"_L1) {
        spec->error = u"%1 is not a Swagger 2.0 JSON document: %2"_s.arg(path, parseError.errorString());
        return spec;
    }
    spec->basePath = root.value("basePath"_L1).toString();
    spec->definitions = root.value("definitions"_L1).toObject();
    spec->parameters = root.value("parameters"_L1).toObject();
    const QJsonObject paths = root.value("paths"_L1).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        Route route{it.key(), it.key().split(u'/'), 0, it.value().toObject()};
        for (const QString &s : std::as_const(route.segments))
            route.literals += isParamSegment(s) ? 0 : 1;
        spec->routes.append(route);
    }
    std::stable_sort(spec->routes.begin(), spec->routes.end(),
                     [](const Route &a, const Route &b) { return a.literals > b.literals; });
    cache.insert(path, spec);
    return spec;
}

} // namespace

QString SwaggerChecker::specPath()
{
    const QString env = qEnvironmentVariable("BERTH_HARBOR_SPEC");
    if (!env.isEmpty())
        return env;
    return QFileInfo(sourceDir() + "/../shared/harbor/swagger-v2.15.2.json"_L1).absoluteFilePath();
}

bool SwaggerChecker::specAvailable()
{
    return QFileInfo::exists(specPath());
}

SwaggerChecker::SwaggerChecker() : SwaggerChecker(specPath()) {}

SwaggerChecker::SwaggerChecker(const QString &path) : m_spec(loadSpec(path)) {}

SwaggerChecker::~SwaggerChecker() = default;

bool SwaggerChecker::isLoaded() const
{
    return m_spec->error.isEmpty();
}

QString SwaggerChecker::loadError() const
{
    return m_spec->error;
}

QString SwaggerChecker::basePath() const
{
    return m_spec->basePath;
}

QList<QPair<QString, QString>> SwaggerChecker::parseQuery(const QByteArray &rawQuery)
{
    QList<QPair<QString, QString>> out;
    for (QByteArray part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype eq = part.indexOf('=');
        const QByteArray k = eq < 0 ? part : part.left(eq);
        const QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(v))});
    }
    return out;
}

SwaggerChecker::Result SwaggerChecker::check(const QByteArray &method, const QByteArray &rawTarget,
                                             const Headers &headers, const QByteArray &body) const
{
    Result result;
    if (!isLoaded()) {
        result.problem = m_spec->error;
        return result;
    }
    const qsizetype q = rawTarget.indexOf('?');
    const QString rawPath = QString::fromUtf8(q < 0 ? rawTarget : rawTarget.left(q));
    const QByteArray rawQuery = q < 0 ? QByteArray() : rawTarget.mid(q + 1);
    const QString base = m_spec->basePath;
    if (!rawPath.startsWith(base + u'/')) {
        result.problem = u"no route: %1 %2 is outside %3"_s.arg(QString::fromLatin1(method), rawPath, base);
        return result;
    }
    const QStringList segments = rawPath.mid(base.size()).split(u'/');
    const QString verb = QString::fromLatin1(method).toLower();

    QString slashProblem;
    QString methodProblem;
    for (const Route &route : m_spec->routes) {
        if (route.segments.size() != segments.size())
            continue;
        QMap<QString, QString> params;
        bool match = true;
        QString routeSlash;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            const QString &t = route.segments.at(i);
            const QString decoded = decodeOnce(segments.at(i));
            if (!isParamSegment(t)) {
                match = decoded == t;
            } else if (segments.at(i).isEmpty()) {
                match = false;
            } else {
                // Harbor's router decodes the path once before routing: an encoded '/' splits the
                // segment, so a name with '/' must be encoded twice.
                if (decoded.contains(u'/'))
                    routeSlash = u"path parameter %1 is '%2' after one decoding; Harbor's router splits it at "
                                 "'/' (encode it twice: %3)"_s
                                     .arg(t, decoded, QString(decoded).replace(u'/', "%252F"_L1));
                params.insert(t.mid(1, t.size() - 2), decoded);
            }
        }
        if (!match)
            continue;
        if (!routeSlash.isEmpty()) {
            if (slashProblem.isEmpty())
                slashProblem = routeSlash;
            continue;
        }
        const QJsonObject operation = route.item.value(verb).toObject();
        if (operation.isEmpty()) {
            if (methodProblem.isEmpty())
                methodProblem = u"method %1 is not defined for %2%3"_s.arg(QString::fromLatin1(method), base, route.path);
            continue;
        }
        result.operationId = operation.value("operationId"_L1).toString();
        result.pathParams = params;
        QJsonArray all = operation.value("parameters"_L1).toArray();
        for (const QJsonValue &p : route.item.value("parameters"_L1).toArray())
            all.append(p);
        QJsonObject op = operation;
        op.insert("parameters"_L1, all);
        result.problem = checkParameters(op, parseQuery(rawQuery), headers, body, result.pathParams);
        result.ok = result.problem.isEmpty();
        if (!result.ok)
            result.problem = u"%1 (%2 %3%4): %5"_s.arg(result.operationId, QString::fromLatin1(method), base,
                                                     route.path, result.problem);
        return result;
    }
    if (!slashProblem.isEmpty())
        result.problem = slashProblem;
    else if (!methodProblem.isEmpty())
        result.problem = methodProblem;
    else
        result.problem = u"no route matches %1 %2"_s.arg(QString::fromLatin1(method), rawPath);
    return result;
}

QJsonObject SwaggerChecker::resolve(const QJsonObject &maybeRef) const
{
    QJsonObject obj = maybeRef;
    for (int hops = 0; hops < 8 && obj.contains("$ref"_L1); ++hops) {
        const QString ref = obj.value("$ref"_L1).toString();
        const QString name = ref.section(u'/', -1);
        if (ref.startsWith("#/definitions/"_L1))
            obj = m_spec->definitions.value(name).toObject();
        else if (ref.startsWith("#/parameters/"_L1))
            obj = m_spec->parameters.value(name).toObject();
        else
            return {};
    }
    return obj;
}

namespace {

// A scalar from the path, the query or a header against a non-body parameter.
QString checkSimple(const QJsonObject &param, const QString &value)
{
    const QString name = param.value("name"_L1).toString();
    const QString type = param.value("type"_L1).toString();
    if (param.contains("enum"_L1)) {
        const QJsonArray allowed = param.value("enum"_L1).toArray();
        if (!allowed.contains(QJsonValue(value)))
            return u"%1='%2' is not one of the allowed values"_s.arg(name, value);
    }
    if (type == "integer"_L1) {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok)
            return u"%1='%2' is not an integer"_s.arg(name, value);
        if (param.contains("maximum"_L1) && n > param.value("maximum"_L1).toInteger())
            return u"%1=%2 is above the maximum %3"_s.arg(name, value).arg(param.value("maximum"_L1).toInteger());
        if (param.contains("minimum"_L1) && n < param.value("minimum"_L1).toInteger())
            return u"%1=%2 is below the minimum %3"_s.arg(name, value).arg(param.value("minimum"_L1).toInteger());
    } else if (type == "number"_L1) {
        bool ok = false;
        value.toDouble(&ok);
        if (!ok)
            return u"%1='%2' is not a number"_s.arg(name, value);
    } else if (type == "boolean"_L1) {
        if (!isBoolText(value))
            return u"%1='%2' is not a boolean (true/false)"_s.arg(name, value);
    } else if (type == "string"_L1) {
        if (param.contains("minLength"_L1) && value.size() < param.value("minLength"_L1).toInt())
            return u"%1 is shorter than %2"_s.arg(name).arg(param.value("minLength"_L1).toInt());
    } else if (type == "array"_L1) {
        QJsonObject items = param.value("items"_L1).toObject();
        items.insert("name"_L1, name);
        for (const QString &part : value.split(u','))
            if (const QString p = checkSimple(items, part); !p.isEmpty())
                return p;
    }
    return {};
}

} // namespace

QString SwaggerChecker::checkParameters(const QJsonObject &operation, const QList<QPair<QString, QString>> &query,
                                        const Headers &headers, const QByteArray &body,
                                        QMap<QString, QString> &pathParams) const
{
    QHash<QString, QJsonObject> queryParams;
    QJsonObject bodyParam;
    for (const QJsonValue &v : operation.value("parameters"_L1).toArray()) {
        const QJsonObject p = resolve(v.toObject());
        const QString in = p.value("in"_L1).toString();
        const QString name = p.value("name"_L1).toString();
        if (in == "path"_L1) {
            if (!pathParams.contains(name))
                return u"path parameter %1 is not in the route"_s.arg(name);
            if (const QString problem = checkSimple(p, pathParams.value(name)); !problem.isEmpty())
                return u"path parameter "_s + problem;
        } else if (in == "query"_L1) {
            queryParams.insert(name, p);
        } else if (in == "header"_L1) {
            const QByteArray key = name.toLatin1();
            if (!hasHeader(headers, key)) {
                if (p.value("required"_L1).toBool())
                    return u"required header %1 is missing"_s.arg(name);
                continue;
            }
            if (const QString problem = checkSimple(p, QString::fromUtf8(headerOf(headers, key))); !problem.isEmpty())
                return u"header "_s + problem;
        } else if (in == "body"_L1) {
            bodyParam = p;
        }
    }

    QSet<QString> seen;
    for (const auto &[name, value] : query) {
        const auto it = queryParams.constFind(name);
        if (it == queryParams.cend()) {
            QStringList known = queryParams.keys();
            known.sort();
            return u"unknown query parameter '%1' (this operation takes: %2)"_s.arg(
                name, known.isEmpty() ? u"none"_s : known.join(", "_L1));
        }
        if (seen.contains(name) && it->value("type"_L1).toString() != "array"_L1)
            return u"query parameter '%1' given more than once"_s.arg(name);
        seen.insert(name);
        if (value.isEmpty() && it->value("type"_L1).toString() != "string"_L1)
            return u"query parameter '%1' is empty"_s.arg(name);
        if (const QString problem = checkSimple(*it, value); !problem.isEmpty())
            return u"query parameter "_s + problem;
    }
    for (auto it = queryParams.cbegin(); it != queryParams.cend(); ++it) {
        if (it->value("required"_L1).toBool() && !seen.contains(it.key()))
            return u"required query parameter '%1' is missing"_s.arg(it.key());
    }

    const bool hasBody = !body.trimmed().isEmpty();
    if (bodyParam.isEmpty())
        return hasBody ? u"this operation takes no request body"_s : QString();
    if (!hasBody)
        return bodyParam.value("required"_L1).toBool() ? u"the request body is required"_s : QString();
    const QByteArray contentType = headerOf(headers, "content-type").toLower();
    if (!contentType.startsWith("application/json"))
        return u"body sent with Content-Type '%1'; Harbor expects application/json"_s.arg(
            QString::fromLatin1(contentType));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return u"the request body is not JSON: %1"_s.arg(parseError.errorString());
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return checkSchema(value, bodyParam.value("schema"_L1).toObject(), u"body"_s, 0);
}

namespace {
// go-swagger generates interface{} for a bare "type: object" map value, so Harbor accepts any JSON
// there: the GC schedule's parameters (delete_untagged: true) and retention rule params hold
// booleans and numbers under additionalProperties {type: object}.
bool isBareObject(const QJsonObject &schema)
{
    return schema.value("type"_L1).toString() == "object"_L1 && !schema.contains("properties"_L1)
        && !schema.contains("additionalProperties"_L1);
}
} // namespace

QString SwaggerChecker::checkSchema(const QJsonValue &value, const QJsonObject &schemaIn, const QString &where,
                                    int depth) const
{
    const QJsonObject schema = resolve(schemaIn);
    if (depth > 8 || schema.isEmpty())
        return {};
    if (value.isNull())
        return schema.value("x-nullable"_L1).toBool() ? QString() : u"%1 is null"_s.arg(where);
    QString type = schema.value("type"_L1).toString();
    if (type.isEmpty() && (schema.contains("properties"_L1) || schema.contains("additionalProperties"_L1)))
        type = u"object"_s;
    if (type == "object"_L1) {
        if (!value.isObject())
            return u"%1 must be a JSON object"_s.arg(where);
        const QJsonObject obj = value.toObject();
        for (const QJsonValue &r : schema.value("required"_L1).toArray()) {
            if (!obj.contains(r.toString()))
                return u"%1 lacks the required field '%2'"_s.arg(where, r.toString());
        }
        const QJsonObject props = schema.value("properties"_L1).toObject();
        const QJsonValue extra = schema.value("additionalProperties"_L1);
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString sub = where + u'.' + it.key();
            QString problem;
            if (props.contains(it.key()))
                problem = checkSchema(it.value(), props.value(it.key()).toObject(), sub, depth + 1);
            else if (extra.isObject() && !isBareObject(resolve(extra.toObject())))
                problem = checkSchema(it.value(), extra.toObject(), sub, depth + 1);
            else if (!props.isEmpty() && !(extra.isBool() && extra.toBool())) {
                QStringList known = props.keys();
                return u"%1 has the unknown field '%2' (known: %3)"_s.arg(where, it.key(), known.join(", "_L1));
            }
            if (!problem.isEmpty())
                return problem;
        }
    } else if (type == "array"_L1) {
        if (!value.isArray())
            return u"%1 must be a JSON array"_s.arg(where);
        const QJsonArray arr = value.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString problem = checkSchema(arr.at(i), schema.value("items"_L1).toObject(),
                                                u"%1[%2]"_s.arg(where).arg(i), depth + 1);
            if (!problem.isEmpty())
                return problem;
        }
    } else if (type == "string"_L1) {
        if (!value.isString())
            return u"%1 must be a string"_s.arg(where);
        if (schema.contains("enum"_L1) && !schema.value("enum"_L1).toArray().contains(value))
            return u"%1='%2' is not one of the allowed values"_s.arg(where, value.toString());
        if (schema.contains("maxLength"_L1) && value.toString().size() > schema.value("maxLength"_L1).toInt())
            return u"%1 is longer than %2"_s.arg(where).arg(schema.value("maxLength"_L1).toInt());
    } else if (type == "integer"_L1) {
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            return u"%1 must be an integer"_s.arg(where);
    } else if (type == "number"_L1) {
        if (!value.isDouble())
            return u"%1 must be a number"_s.arg(where);
    } else if (type == "boolean"_L1) {
        if (!value.isBool())
            return u"%1 must be a boolean"_s.arg(where);
    }
    return {};
}

} // namespace berth::test
