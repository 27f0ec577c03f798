#pragma once
// Pushing OCI artifacts by hand (blobs, a manifest with subject and artifactType, the referrers
// fallback index) to a real registry over HTTP, as oras or cosign would.

#include "core/digest.h"
#include "support/synchttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace berth::test {

inline QJsonObject descriptorJson(const QString &mediaType, const QByteArray &content, const QJsonObject &annotations = {},
                                  const QString &artifactType = {})
{
    QJsonObject d{{QStringLiteral("mediaType"), mediaType},
                  {QStringLiteral("digest"), Sha256::digestOf(content)},
                  {QStringLiteral("size"), qint64(content.size())}};
    if (!annotations.isEmpty())
        d.insert(QStringLiteral("annotations"), annotations);
    if (!artifactType.isEmpty())
        d.insert(QStringLiteral("artifactType"), artifactType);
    return d;
}

// Monolithic upload: POST, then PUT to the Location with ?digest=. Returns the digest or empty.
inline QString pushBlob(const QUrl &base, const QString &repository, const QByteArray &data)
{
    SyncHttp http;
    const HttpResult started = http.send("POST", base.resolved(QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(repository))));
    if (started.status != 202)
        return {};
    QUrl location = base.resolved(QUrl(QString::fromLatin1(started.header("Location"))));
    const QString digest = Sha256::digestOf(data);
    location.setQuery(location.query() + (location.hasQuery() ? QStringLiteral("&") : QString())
                      + QStringLiteral("digest=") + digest);
    const HttpResult put = http.send("PUT", location, {{"Content-Type", "application/octet-stream"}}, data);
    return put.status == 201 ? digest : QString();
}

inline QString pushManifest(const QUrl &base, const QString &repository, const QString &reference,
                            const QByteArray &bytes, const QByteArray &mediaType)
{
    SyncHttp http;
    const HttpResult put = http.send("PUT", base.resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference))),
                                     {{"Content-Type", mediaType}}, bytes);
    return put.status == 201 ? Sha256::digestOf(bytes) : QString();
}

struct PushedArtifact {
    QString digest;
    QByteArray manifest;
    QJsonObject descriptor; // for a referrers index
};

// An OCI manifest with artifactType and a subject; config: the given bytes with configType (the
// empty descriptor when configType is empty); layers: (mediaType, title, bytes).
inline PushedArtifact pushArtifact(const QUrl &base, const QString &repository, const QString &artifactType,
                                   const QJsonObject &subject, const QString &configType, const QByteArray &config,
                                   const QList<std::tuple<QString, QString, QByteArray>> &layers,
                                   const QJsonObject &annotations, const QString &tag = {})
{
    PushedArtifact out;
    const QString cType = configType.isEmpty() ? QStringLiteral("application/vnd.oci.empty.v1+json") : configType;
    const QByteArray cBytes = configType.isEmpty() ? QByteArray("{}") : config;
    if (pushBlob(base, repository, cBytes).isEmpty())
        return out;
    QJsonArray layerArray;
    for (const auto &[type, title, bytes] : layers) {
        if (pushBlob(base, repository, bytes).isEmpty())
            return out;
        layerArray.append(descriptorJson(type, bytes, {{QStringLiteral("org.opencontainers.image.title"), title}}));
    }
    QJsonObject m{{QStringLiteral("schemaVersion"), 2},
                  {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                  {QStringLiteral("config"), descriptorJson(cType, cBytes)},
                  {QStringLiteral("layers"), layerArray}};
    if (!artifactType.isEmpty())
        m.insert(QStringLiteral("artifactType"), artifactType);
    if (!subject.isEmpty())
        m.insert(QStringLiteral("subject"), subject);
    if (!annotations.isEmpty())
        m.insert(QStringLiteral("annotations"), annotations);
    out.manifest = QJsonDocument(m).toJson(QJsonDocument::Compact);
    const QString digest = Sha256::digestOf(out.manifest);
    out.digest = pushManifest(base, repository, tag.isEmpty() ? digest : tag, out.manifest,
                              "application/vnd.oci.image.manifest.v1+json");
    out.descriptor = descriptorJson(QStringLiteral("application/vnd.oci.image.manifest.v1+json"), out.manifest,
                                    annotations, artifactType);
    return out;
}

// The referrers tag schema: an OCI index of referrer descriptors under the tag sha256-<hex>.
inline QString pushFallbackIndex(const QUrl &base, const QString &repository, const QString &subjectDigest,
                                 const QJsonArray &descriptors)
{
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
                            {QStringLiteral("manifests"), descriptors}};
    return pushManifest(base, repository, QStringLiteral("sha256-") + subjectDigest.mid(7),
                        QJsonDocument(index).toJson(QJsonDocument::Compact), "application/vnd.oci.image.index.v1+json");
}

} // namespace berth::test
