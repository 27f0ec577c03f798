#pragma once
// Loads what the details pane shows for a tag or digest: the manifest, its config (an image's, or
// an artifact's when small), and the manifests that refer to it.

#include "core/error.h"
#include "core/manifest.h"

#include <QObject>
#include <QPointer>

namespace berth {

class RegistryConnections;

struct ReferrerList {
    QString digest;      // whose referrers
    QList<Descriptor> referrers;
    bool fallback = false; // from the sha256-<hex> tag: the registry has no referrers API
    Error error;
};

struct ImageDetails {
    static constexpr qint64 MaxArtifactConfig = 64 * 1024;

    QString registry;
    QString repository;
    QString reference;   // the tag or digest asked for
    Manifest manifest;
    QByteArray config;   // config bytes: an image's; an artifact's up to MaxArtifactConfig; else empty
    Error error;

    bool hasManifest() const { return !manifest.digest.isEmpty(); }
    bool isImageConfig() const;
    // host/repo:tag or host/repo@digest.
    QString fullReference() const;
};

class DetailsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsLoader)
public:
    explicit DetailsLoader(RegistryConnections *connections, QObject *parent = nullptr);

    // Starts loading; an earlier load still running is forgotten.
    void load(const QString &registry, const QString &repository, const QString &reference);
    void cancel() { ++m_generation; }

signals:
    void loaded(const berth::ImageDetails &details);
    // After loaded(), for a manifest that arrived.
    void referrersLoaded(const berth::ReferrerList &referrers);

private:
    void loadConfig(ImageDetails details, quint64 generation);
    void loadReferrers(const ImageDetails &details, quint64 generation);

    RegistryConnections *m_connections;
    quint64 m_generation = 0;
};

} // namespace berth
