#include "copyjob.h"

#include "blobupload.h"
#include "manifesttree.h"
#include "registryclient.h"

namespace berth {

CopyJob::CopyJob(RegistryClient *source, const ImageReference &from, RegistryClient *target, const ImageReference &to,
                 const std::optional<Platform> &platform, QObject *parent)
    : TransferJob(parent ? parent : target)
    , m_source(source)
    , m_target(target)
    , m_from(from)
    , m_to(to)
    , m_platform(platform)
{
}

void CopyJob::start()
{
    auto *tree = new ManifestTreeJob(m_source, m_from.repository, m_from.reference(), m_platform, this);
    enqueue([this, tree]() -> Job * {
        connect(tree, &Job::finished, this, [this, tree] {
            if (!tree->error())
                copyBlobs(tree);
        });
        tree->start();
        return tree;
    });
}

void CopyJob::copyBlobs(const ManifestTreeJob *tree)
{
    m_root = tree->root();
    m_images = tree->images();
    const QList<Descriptor> blobs = tree->blobs();
    for (const Descriptor &blob : blobs) {
        addBlob(blob);
        m_blobDigests << blob.digest;
    }
    const bool betweenRegistries = m_source && m_target && m_source->registry() != m_target->registry();
    emit status(tr("Copying %1 to %2 (%n blob(s))", nullptr, int(blobs.size())).arg(m_from.toString(), m_to.toString()));
    for (const Descriptor &blob : blobs) {
        enqueue([this, blob, betweenRegistries]() -> Job * {
            auto *job = new BlobUploadJob(m_target, m_to.repository, blob, m_source, m_from.repository, this);
            if (betweenRegistries && m_mountSource) {
                const QString home = m_mountSource(blob.digest);
                if (!home.isEmpty() && home != m_to.repository)
                    job->setMountFrom(home);
            }
            trackUpload(job, blob);
            job->start();
            return job;
        });
    }
    whenDrained([this] { putManifests(); });
}

void CopyJob::putManifests()
{
    // Children of an index first, by digest; then the root under the target tag.
    const bool rootIsIndex = m_root.isIndex();
    const int children = rootIsIndex ? int(m_images.size()) : 0;
    if (m_nextManifest > children) {
        finish();
        return;
    }
    const Manifest &m = m_nextManifest < children ? m_images.at(m_nextManifest) : m_root;
    const bool isRoot = m_nextManifest == children;
    ++m_nextManifest;
    const QString reference = isRoot && !m_to.tag.isEmpty() ? m_to.tag : m.digest;
    RegistryReply *reply = m_target->putManifest(m_to.repository, reference, m.bytes, m.mediaType);
    connect(reply, &Job::finished, this, [this, reply] {
        if (reply->error())
            return fail(reply->error());
        putManifests();
    });
}

} // namespace berth
