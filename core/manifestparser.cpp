// ManifestParser::parse: media type selection and structural validation of manifests.
#include "manifest.h"

#include "digest.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

QString mt(const char *mediaType)
{
    return QString::fromLatin1(mediaType);
}

bool isSchema1(const QString &type)
{
    return type == mt(MediaType::DockerSchema1) || type == mt(MediaType::DockerSchema1Signed);
}

bool isKnownManifestType(const QString &type)
{
    return isIndexMediaType(type) || isImageManifestMediaType(type) || isSchema1(type);
}

// Content types that say nothing about the manifest kind (static file servers, some proxies).
bool isGenericContentType(const QString &type)
{
    return type.isEmpty() || type == u"application/json" || type == u"text/plain"
        || type == u"application/octet-stream";
}

std::nullopt_t fail(Error *error, const QString &message)
{
    if (error)
        *error = Error::make(ErrorKind::Protocol, message);
    return std::nullopt;
}

QMap<QString, QString> annotationsOf(const QJsonObject &o)
{
    QMap<QString, QString> out;
    const QJsonObject a = o.value(u"annotations").toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

// The media type the body is parsed as, or an empty string with *error set.
QString effectiveType(const QString &contentType, const QJsonObject &o, Error *error)
{
    const QString bodyType = o.value(u"mediaType").toString();
    if (!contentType.isEmpty()) {
        if (!isKnownManifestType(contentType)) {
            fail(error, ManifestParser::tr("The registry sent a manifest of unsupported type %1.").arg(contentType));
            return {};
        }
        if (!bodyType.isEmpty() && bodyType != contentType) {
            fail(error, ManifestParser::tr("The manifest says its media type is %1 but the registry sent it as %2; "
                                           "mismatched manifests are refused.")
                            .arg(bodyType.left(200), contentType));
            return {};
        }
        return contentType;
    }
    if (!bodyType.isEmpty()) {
        if (!isKnownManifestType(bodyType))
            fail(error, ManifestParser::tr("The manifest has unsupported media type %1.").arg(bodyType.left(200)));
        return isKnownManifestType(bodyType) ? bodyType : QString();
    }
    // Neither says: OCI allows a missing mediaType, so the structure decides.
    if (o.value(u"schemaVersion").toInt() == 1 || o.contains(u"fsLayers"))
        return mt(o.contains(u"signatures") ? MediaType::DockerSchema1Signed : MediaType::DockerSchema1);
    if (o.contains(u"manifests") && !o.contains(u"config") && !o.contains(u"layers"))
        return mt(MediaType::OciIndex);
    if (o.contains(u"config") && !o.contains(u"manifests"))
        return mt(MediaType::OciManifest);
    if (o.contains(u"manifests"))
        return mt(MediaType::OciIndex); // ambiguous; rejected by the structural check
    fail(error, ManifestParser::tr("The document is not a manifest: it has no mediaType, config or manifests."));
    return {};
}

bool parseSchema1(const QJsonObject &o, Manifest &m, Error *error)
{
    m.kind = Manifest::Kind::Schema1;
    if (!o.value(u"fsLayers").isArray()) {
        fail(error, ManifestParser::tr("The schema 1 manifest has no fsLayers list."));
        return false;
    }
    for (const QJsonValue &v : o.value(u"fsLayers").toArray()) {
        const QString sum = v.toObject().value(u"blobSum").toString();
        if (!isValidDigest(sum)) {
            fail(error, ManifestParser::tr("The schema 1 manifest has an invalid blobSum \"%1\".").arg(sum.left(100)));
            return false;
        }
        Descriptor d;
        d.mediaType = mt(MediaType::DockerLayerGzip);
        d.digest = sum;
        m.layers.append(d);
    }
    return true;
}

bool parseV2(const QJsonObject &o, Manifest &m, Error *error)
{
    const bool hasManifests = o.contains(u"manifests");
    const bool hasImageParts = o.contains(u"config") || o.contains(u"layers");
    if (isIndexMediaType(m.mediaType)) {
        m.kind = Manifest::Kind::Index;
        if (hasImageParts) {
            fail(error, ManifestParser::tr("The index has \"config\" or \"layers\", which only an image manifest may "
                                           "have; such ambiguous documents are refused (CVE-2021-41190)."));
            return false;
        }
        if (!o.value(u"manifests").isArray()) {
            fail(error, ManifestParser::tr("The index has no \"manifests\" list."));
            return false;
        }
        for (const QJsonValue &v : o.value(u"manifests").toArray()) {
            const auto d = Descriptor::fromJson(v.toObject(), error);
            if (!d)
                return false;
            m.manifests.append(*d);
        }
    } else {
        m.kind = Manifest::Kind::Image;
        if (hasManifests) {
            fail(error, ManifestParser::tr("The image manifest has a \"manifests\" list, which only an index may "
                                           "have; such ambiguous documents are refused (CVE-2021-41190)."));
            return false;
        }
        if (!o.value(u"config").isObject() || !o.value(u"layers").isArray()) {
            fail(error, ManifestParser::tr("The image manifest lacks its \"config\" or \"layers\"."));
            return false;
        }
        const auto config = Descriptor::fromJson(o.value(u"config").toObject(), error);
        if (!config)
            return false;
        m.config = *config;
        for (const QJsonValue &v : o.value(u"layers").toArray()) {
            const auto d = Descriptor::fromJson(v.toObject(), error);
            if (!d)
                return false;
            m.layers.append(*d);
        }
    }
    if (o.contains(u"subject")) {
        m.subject = Descriptor::fromJson(o.value(u"subject").toObject(), error);
        if (!m.subject)
            return false;
    }
    m.artifactType = o.value(u"artifactType").toString();
    m.annotations = annotationsOf(o);
    return true;
}

} // namespace

std::optional<Manifest> ManifestParser::parse(const QByteArray &bytes, const QString &contentType, Error *error)
{
    if (bytes.size() > MaxManifestSize) {
        return fail(error, tr("The manifest is %1 bytes, more than the 4 MiB limit; it was refused as unsafe.")
                               .arg(bytes.size()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, tr("The manifest is not valid JSON (%1 at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!doc.isObject())
        return fail(error, tr("The manifest is not a JSON object."));
    const QJsonObject o = doc.object();
    if (o.contains(u"mediaType") && !o.value(u"mediaType").isString())
        return fail(error, tr("The manifest's mediaType is not a string."));

    QString ct = contentType.section(u';', 0, 0).trimmed().toLower();
    if (isGenericContentType(ct))
        ct.clear();

    Manifest m;
    m.mediaType = effectiveType(ct, o, error);
    if (m.mediaType.isEmpty())
        return std::nullopt;

    m.schemaVersion = o.value(u"schemaVersion").toInt(0);
    const int wantedVersion = isSchema1(m.mediaType) ? 1 : 2;
    if (m.schemaVersion != wantedVersion) {
        return fail(error, tr("The manifest has schemaVersion %1, but %2 requires %3.")
                               .arg(o.value(u"schemaVersion").toVariant().toString(), m.mediaType)
                               .arg(wantedVersion));
    }
    const bool ok = isSchema1(m.mediaType) ? parseSchema1(o, m, error) : parseV2(o, m, error);
    if (!ok)
        return std::nullopt;
    m.bytes = bytes;
    m.digest = Sha256::digestOf(bytes);
    return m;
}

} // namespace berth
