#pragma once
// Push an OCI image layout or a docker-archive to a registry: blobs in parallel (skipped when the
// registry has them), then the manifests, children before their index, the tag last.

#include "reference.h"
#include "transferjob.h"

#include <QPointer>

#include <memory>

namespace berth {

class ImageSource;
class RegistryClient;

class PushJob final : public TransferJob
{
    Q_OBJECT
public:
    PushJob(RegistryClient *client, const QString &sourcePath, const ImageReference &target, QObject *parent = nullptr);
    ~PushJob() override;

    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }
    void start();
    QString digest() const { return m_digest; }

private:
    void putManifests();

    QPointer<RegistryClient> m_client;
    QString m_sourcePath;
    ImageReference m_target;
    std::unique_ptr<ImageSource> m_source;
    qint64 m_chunkSize = 64 * 1024 * 1024;
    int m_nextManifest = 0;
    QString m_digest;
};

} // namespace berth
