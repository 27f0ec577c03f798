#pragma once
// Copy an image from one registry to another (or within one): each blob streams from source to
// target without touching the disk (or is mounted within one registry), then the manifests are put
// with their exact bytes, so digests stay identical.

#include "manifest.h"
#include "reference.h"
#include "transferjob.h"

#include <QPointer>

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

    void start();
    QString digest() const { return m_root.digest; }

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
};

} // namespace berth
