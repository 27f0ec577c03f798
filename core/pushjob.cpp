#include "pushjob.h"

#include "imagesource.h"
#include "registryclient.h"

namespace berth {

PushJob::PushJob(RegistryClient *client, const QString &sourcePath, const ImageReference &target, QObject *parent)
    : TransferJob(parent ? parent : client), m_client(client), m_sourcePath(sourcePath), m_target(target)
{
}

PushJob::~PushJob() = default;

void PushJob::start()
{
    m_source = std::make_unique<ImageSource>();
    Error error;
    if (!m_source->open(m_sourcePath, &error)) {
        QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    emit status(tr("Pushing %1 to %2").arg(m_source->describe(), m_target.toString()));
    for (const SourceBlob &blob : m_source->blobs())
        addBlob(blob.descriptor);
    for (const SourceBlob &blob : m_source->blobs()) {
        enqueue([this, blob]() -> Job * {
            auto *job = new BlobUploadJob(m_client, m_target.repository, blob.descriptor, blob.open, this);
            job->setChunkSize(m_chunkSize);
            trackUpload(job, blob.descriptor);
            job->start();
            return job;
        });
    }
    whenDrained([this] { putManifests(); });
}

void PushJob::putManifests()
{
    const auto &manifests = m_source->manifests();
    if (m_nextManifest >= manifests.size()) {
        finish();
        return;
    }
    const SourceManifest &m = manifests.at(m_nextManifest++);
    const bool isRoot = m_nextManifest == manifests.size();
    const QString reference = isRoot && !m_target.tag.isEmpty() ? m_target.tag : m.digest;
    RegistryReply *reply = m_client->putManifest(m_target.repository, reference, m.bytes, m.mediaType);
    connect(reply, &Job::finished, this, [this, reply, digest = m.digest, isRoot] {
        if (reply->error())
            return fail(reply->error());
        if (isRoot)
            m_digest = digest;
        putManifests();
    });
}

} // namespace berth
