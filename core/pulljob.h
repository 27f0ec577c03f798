#pragma once
// Pull an image from a registry to an OCI image layout folder or a docker-archive tar, blobs in
// parallel, each verified before it counts; a failed or cancelled pull leaves no finished-looking
// output (a new layout is built under a temporary name; an archive is renamed into place last).

#include "manifest.h"
#include "reference.h"
#include "transferjob.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace berth {

class DiskQueue;
class ManifestTreeJob;
class RegistryClient;

class PullJob final : public TransferJob
{
    Q_OBJECT
public:
    enum class Format { Oci, DockerArchive };

    // platform: one image of an index. Without it, an OCI layout keeps the whole index and a
    // docker-archive takes the host's platform.
    PullJob(RegistryClient *client, const ImageReference &reference, const QString &path, Format format,
            const std::optional<Platform> &platform, QObject *parent = nullptr);
    ~PullJob() override;

    void start();
    // The digest of what was written: for Docker images in an OCI layout, of the OCI rewrite.
    QString digest() const { return m_digest; }
    QString outputPath() const { return m_finalPath; }

private:
    void download(const ManifestTreeJob *tree);
    void finishOci();
    void finishArchive();
    void cleanUp();
    QString blobTarget(const QString &digest) const;

    QPointer<RegistryClient> m_client;
    ImageReference m_reference;
    QString m_path;
    QString m_tag;
    Format m_format;
    std::optional<Platform> m_platform;
    QString m_finalPath;  // the layout folder or archive file
    QString m_workDir;    // where blobs go while pulling
    bool m_newLayout = false;
    Manifest m_root;
    QList<Manifest> m_images;
    QString m_digest;
    std::shared_ptr<DiskQueue> m_disk; // the blobs' hashing and writing, off this thread
};

} // namespace berth
