#pragma once
// A tiny two-layer image made in the test (gzip layers, config, OCI manifest), written to an OCI
// layout with Berth's own classes, and skopeo run as the independent judge.

#include "core/digest.h"
#include "core/manifest.h"
#include "core/ocilayout.h"
#include "core/tarwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#ifdef Q_OS_LINUX
#include <sys/fsuid.h>
#include <unistd.h>
#endif

namespace berth::test {

struct TestImage {
    QList<QByteArray> layers;   // gzip-compressed, as pulled
    QStringList diffIds;        // sha256 of the uncompressed tars
    QByteArray config;
    Manifest manifest;          // filled by hand: the parser is not what is tested here
};

inline QByteArray gzip(const QByteArray &data)
{
    QProcess gz;
    gz.start(QStringLiteral("gzip"), {QStringLiteral("-n"), QStringLiteral("-c")});
    gz.write(data);
    gz.closeWriteChannel();
    gz.waitForFinished();
    return gz.readAllStandardOutput();
}

inline QByteArray layerTar(const QString &seed)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TarWriter tar(&buffer);
    Error error;
    tar.addDirectory(QStringLiteral("etc"), &error);
    tar.addFile(QStringLiteral("etc/") + seed, (QStringLiteral("content of ") + seed).toUtf8().repeated(100), &error);
    tar.finish(&error);
    return buffer.data();
}

inline Descriptor descriptorOf(const char *mediaType, const QByteArray &data)
{
    Descriptor d;
    d.mediaType = QLatin1String(mediaType);
    d.digest = Sha256::digestOf(data);
    d.size = data.size();
    return d;
}

inline QJsonObject descriptorJson(const Descriptor &d)
{
    return {{QStringLiteral("mediaType"), d.mediaType}, {QStringLiteral("digest"), d.digest},
            {QStringLiteral("size"), d.size}};
}

inline TestImage makeTestImage(const QString &seed)
{
    TestImage image;
    QJsonArray diffIds, layerJson;
    for (const QString &name : QStringList{seed + QStringLiteral("-a"), seed + QStringLiteral("-b")}) {
        const QByteArray tar = layerTar(name);
        image.layers << gzip(tar);
        image.diffIds << Sha256::digestOf(tar);
        diffIds.append(image.diffIds.last());
        image.manifest.layers << descriptorOf(MediaType::OciLayerGzip, image.layers.last());
        layerJson.append(descriptorJson(image.manifest.layers.last()));
    }
    const QJsonObject config{
        {QStringLiteral("architecture"), QStringLiteral("amd64")},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("Env"), QJsonArray{QString(QStringLiteral("SEED=") + seed)}}}},
        {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                               {QStringLiteral("diff_ids"), diffIds}}},
    };
    image.config = QJsonDocument(config).toJson(QJsonDocument::Compact);
    image.manifest.config = descriptorOf(MediaType::OciConfig, image.config);
    const QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QLatin1String(MediaType::OciManifest)},
        {QStringLiteral("config"), descriptorJson(image.manifest.config)},
        {QStringLiteral("layers"), layerJson},
    };
    image.manifest.kind = Manifest::Kind::Image;
    image.manifest.schemaVersion = 2;
    image.manifest.mediaType = QLatin1String(MediaType::OciManifest);
    image.manifest.bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    image.manifest.digest = Sha256::digestOf(image.manifest.bytes);
    return image;
}

inline Descriptor manifestDescriptor(const TestImage &image)
{
    return descriptorOf(MediaType::OciManifest, image.manifest.bytes);
}

// Writes the image into an OCI layout with OciLayout (layers streamed in small chunks).
inline bool writeLayout(const QString &dir, const QString &tag, const TestImage &image, Error *error)
{
    OciLayout layout(dir);
    if (!layout.create(error))
        return false;
    for (qsizetype i = 0; i < image.layers.size(); ++i) {
        const QByteArray &data = image.layers.at(i);
        auto blob = layout.beginBlob(image.manifest.layers.at(i).digest, error);
        if (!blob)
            return false;
        for (qsizetype pos = 0; pos < data.size(); pos += 100)
            blob->write(data.constData() + pos, std::min<qsizetype>(100, data.size() - pos));
        if (!blob->commit(image.manifest.layers.at(i).digest, data.size(), error))
            return false;
    }
    return layout.writeBlob(image.manifest.config.digest, image.config, error)
        && layout.writeBlob(image.manifest.digest, image.manifest.bytes, error)
        && layout.addToIndex(manifestDescriptor(image), tag, error);
}

// Root ignores permission bits; while this lives, file access is checked as nobody/nogroup.
class AsUnprivileged final
{
public:
    AsUnprivileged()
    {
#ifdef Q_OS_LINUX
        if (::geteuid() == 0) {
            m_gid = ::setfsgid(65534);
            m_uid = ::setfsuid(65534);
        }
#endif
    }
    ~AsUnprivileged()
    {
#ifdef Q_OS_LINUX
        if (m_uid >= 0) {
            ::setfsuid(uid_t(m_uid));
            ::setfsgid(gid_t(m_gid));
        }
#endif
    }
    Q_DISABLE_COPY_MOVE(AsUnprivileged)

private:
    int m_uid = -1;
    int m_gid = -1;
};

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcessResult runSkopeo(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("skopeo"), QStringList{QStringLiteral("--insecure-policy")} + args);
    ProcessResult r;
    if (!p.waitForFinished(120000)) {
        r.err = "skopeo did not finish: " + p.errorString().toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QJsonObject jsonObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace berth::test

#define BERTH_SKOPEO(result, ...)                                                                  \
    const berth::test::ProcessResult result = berth::test::runSkopeo(__VA_ARGS__);                 \
    QVERIFY2(result.exitCode == 0, result.err.constData())
