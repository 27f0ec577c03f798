#pragma once
// Copy an image from one registry to another (or within one): each blob streams from source to
// target without touching the disk (or is mounted within one registry), then the manifests are put
// with their exact bytes, so digests stay identical.

#include "manifest.h"
#include "reference.h"
#include "transferjob.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace berth {

class ManifestTreeJob;
class RegistryClient;

class CopyJob final : public TransferJob
{
    Q_OBJECT
public:
    // platform: copy only that image of an index; nullopt: the whole index.
    CopyJob(RegistryClient *source, const ImageReference &from, RegistryClient *target, const ImageReference &to,
            const std::optional<Platform> &platform, QObject *parent = nullptr);

    // For copies between registries: names a repository of the target that may already hold a
    // blob (e.g. one copied there earlier in a sync), which is then asked to mount it before any
    // byte is streamed; empty for none. Within one registry the source repository is used anyway.
    using MountSource = std::function<QString(const QString &digest)>;
    void setMountSource(MountSource source) { m_mountSource = std::move(source); }

    void start();
    QString digest() const { return m_root.digest; }
    // Every blob of what was copied (known once the manifests are read).
    const QStringList &blobDigests() const { return m_blobDigests; }

private:
    void copyBlobs(const ManifestTreeJob *tree);
    void putManifests();

    QPointer<RegistryClient> m_source;
    QPointer<RegistryClient> m_target;
    ImageReference m_from;
    ImageReference m_to;
    std::optional<Platform> m_platform;
    Manifest m_root;
    QList<Manifest> m_images;
    int m_nextManifest = 0;
    MountSource m_mountSource;
    QStringList m_blobDigests;
};

} // namespace berth
