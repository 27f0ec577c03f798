#include "manifest.h"

#include "digest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

void fail(Error *error, const QString &message)
{
    if (error)
        *error = Error::make(ErrorKind::Protocol, message);
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

std::optional<Platform> platformFromJson(const QJsonObject &o)
{
    Platform p;
    p.os = o.value(u"os").toString();
    p.architecture = o.value(u"architecture").toString();
    p.variant = o.value(u"variant").toString();
    p.osVersion = o.value(u"os.version").toString();
    p.osFeatures = stringList(o.value(u"os.features"));
    if (p.os.isEmpty() || p.architecture.isEmpty())
        return std::nullopt;
    return p;
}

// Maps the names other tools use to the OCI (GOARCH) names.
void normaliseArchitecture(QString &arch, QString &variant)
{
    if (arch == u"x86_64" || arch == u"x86-64")
        arch = u"amd64"_s;
    else if (arch == u"aarch64")
        arch = u"arm64"_s;
    else if (arch == u"i386" || arch == u"i686")
        arch = u"386"_s;
    else if (arch == u"armhf" || arch == u"armv7" || arch == u"armv7l") {
        arch = u"arm"_s;
        if (variant.isEmpty())
            variant = u"v7"_s;
    } else if (arch == u"armel" || arch == u"armv6" || arch == u"armv6l") {
        arch = u"arm"_s;
        if (variant.isEmpty())
            variant = u"v6"_s;
    }
}

QString effectiveVariant(const Platform &p)
{
    if (p.variant.isEmpty() && p.architecture == u"arm64")
        return u"v8"_s;
    return p.variant;
}

} // namespace

QByteArray manifestAcceptHeader()
{
    return QByteArray(MediaType::OciIndex) + ", " + MediaType::OciManifest + ", " + MediaType::DockerManifestList + ", "
        + MediaType::DockerManifest + ", " + MediaType::DockerSchema1Signed + ", " + MediaType::DockerSchema1;
}

bool isIndexMediaType(QStringView mediaType)
{
    return mediaType == QLatin1String(MediaType::OciIndex) || mediaType == QLatin1String(MediaType::DockerManifestList);
}

bool isImageManifestMediaType(QStringView mediaType)
{
    return mediaType == QLatin1String(MediaType::OciManifest) || mediaType == QLatin1String(MediaType::DockerManifest);
}

QString Platform::toString() const
{
    QString s = os + u'/' + architecture;
    if (!variant.isEmpty())
        s += u'/' + variant;
    return s;
}

std::optional<Platform> Platform::parse(QStringView text)
{
    const QList<QStringView> parts = text.trimmed().split(u'/');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.contains(u' '))
            return std::nullopt;
    }
    Platform p;
    p.os = parts.at(0).toString().toLower();
    p.architecture = parts.at(1).toString().toLower();
    if (parts.size() == 3)
        p.variant = parts.at(2).toString().toLower();
    normaliseArchitecture(p.architecture, p.variant);
    return p;
}

Platform Platform::fromSystem(QStringView kernelType, QStringView cpuArchitecture, bool littleEndian)
{
    Platform p;
    p.os = kernelType == u"winnt" ? u"windows"_s : kernelType.toString();
    const QString cpu = cpuArchitecture.toString();
    if (cpu == u"x86_64")
        p.architecture = u"amd64"_s;
    else if (cpu == u"i386")
        p.architecture = u"386"_s;
    else if (cpu == u"arm64") {
        p.architecture = u"arm64"_s;
        p.variant = u"v8"_s;
    } else if (cpu == u"arm") {
        p.architecture = u"arm"_s;
        p.variant = u"v7"_s;
    } else if (cpu == u"power64")
        p.architecture = littleEndian ? u"ppc64le"_s : u"ppc64"_s;
    else if (cpu == u"power")
        p.architecture = u"ppc"_s;
    else if (cpu == u"mips64")
        p.architecture = littleEndian ? u"mips64le"_s : u"mips64"_s;
    else if (cpu == u"mips")
        p.architecture = littleEndian ? u"mipsle"_s : u"mips"_s;
    else
        p.architecture = cpu; // riscv64, s390x, loong64... already OCI names
    return p;
}

Platform Platform::host()
{
    return fromSystem(QSysInfo::kernelType(), QSysInfo::currentCpuArchitecture(),
                      QSysInfo::ByteOrder == QSysInfo::LittleEndian);
}

bool Platform::matches(const Platform &wanted) const
{
    if (os != wanted.os || architecture != wanted.architecture)
        return false;
    const QString mine = effectiveVariant(*this);
    const QString theirs = effectiveVariant(wanted);
    return mine.isEmpty() || theirs.isEmpty() || mine == theirs;
}

QJsonObject Descriptor::toJson() const
{
    QJsonObject o;
    if (!mediaType.isEmpty())
        o.insert(u"mediaType", mediaType);
    o.insert(u"digest", digest);
    o.insert(u"size", size);
    if (!urls.isEmpty())
        o.insert(u"urls", QJsonArray::fromStringList(urls));
    if (!annotations.isEmpty()) {
        QJsonObject a;
        for (auto it = annotations.begin(); it != annotations.end(); ++it)
            a.insert(it.key(), it.value());
        o.insert(u"annotations", a);
    }
    if (platform) {
        QJsonObject p{{u"os"_s, platform->os}, {u"architecture"_s, platform->architecture}};
        if (!platform->variant.isEmpty())
            p.insert(u"variant", platform->variant);
        if (!platform->osVersion.isEmpty())
            p.insert(u"os.version", platform->osVersion);
        if (!platform->osFeatures.isEmpty())
            p.insert(u"os.features", QJsonArray::fromStringList(platform->osFeatures));
        o.insert(u"platform", p);
    }
    if (!artifactType.isEmpty())
        o.insert(u"artifactType", artifactType);
    return o;
}

std::optional<Descriptor> Descriptor::fromJson(const QJsonObject &object, Error *error)
{
    Descriptor d;
    d.mediaType = object.value(u"mediaType").toString();
    d.digest = object.value(u"digest").toString();
    if (!isValidDigest(d.digest)) {
        fail(error, ManifestParser::tr("A descriptor has an invalid digest \"%1\"; expected sha256: and 64 lowercase hex "
                                       "digits. The manifest cannot be used.")
                        .arg(d.digest.left(100)));
        return std::nullopt;
    }
    const QJsonValue size = object.value(u"size");
    const double sizeValue = size.toDouble(-1);
    // Integral and exactly representable: anything else is not a size.
    if (!size.isDouble() || sizeValue < 0 || sizeValue > 9007199254740992.0 || sizeValue != qint64(sizeValue)) {
        fail(error, ManifestParser::tr("The descriptor %1 has a missing or invalid size; the manifest cannot be used.")
                        .arg(d.digest));
        return std::nullopt;
    }
    d.size = qint64(sizeValue);
    d.urls = stringList(object.value(u"urls"));
    d.annotations = stringMap(object.value(u"annotations"));
    if (object.value(u"platform").isObject())
        d.platform = platformFromJson(object.value(u"platform").toObject());
    d.artifactType = object.value(u"artifactType").toString();
    return d;
}

qint64 Manifest::totalSize() const
{
    qint64 total = 0;
    const auto add = [&total](const Descriptor &d) {
        if (d.size > 0)
            total += d.size;
    };
    if (kind == Kind::Index) {
        for (const Descriptor &d : manifests)
            add(d);
    } else {
        if (kind == Kind::Image)
            add(config);
        for (const Descriptor &d : layers)
            add(d);
    }
    return total;
}

} // namespace berth
