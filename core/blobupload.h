#pragma once
// One blob into a registry: skipped when the target has it (HEAD), mounted from another repository
// of the same registry where it can be, otherwise uploaded — from a local file (monolithic PUT for
// small blobs, chunked PATCH for large ones, resumed from the server's Range or restarted when the
// session is gone) or streamed straight from another registry without touching the disk.

#include "job.h"
#include "manifest.h"

#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QIODevice;

namespace berth {

class PipeDevice;
class RegistryClient;
class RegistryReply;
class Sha256;
struct RequestSpec;

class BlobUploadJob final : public Job
{
    Q_OBJECT
public:
    // Opens the whole blob as a random-access device.
    using Opener = std::function<std::unique_ptr<QIODevice>(Error *)>;
    enum class Outcome { Uploaded, Existed, Mounted };
    static constexpr int MaxRestarts = 3;

    // From a local source.
    BlobUploadJob(RegistryClient *target, const QString &repository, const Descriptor &blob, Opener opener,
                  QObject *parent = nullptr);
    // Streamed from another registry (or mounted, when source and target are the same registry).
    BlobUploadJob(RegistryClient *target, const QString &repository, const Descriptor &blob,
                  RegistryClient *source, const QString &sourceRepository, QObject *parent = nullptr);
    ~BlobUploadJob() override;

    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }
    // Blobs up to this size (and not above one chunk) go in one PUT.
    void setMonolithicLimit(qint64 bytes) { m_monolithicLimit = bytes; }
    // Try a cross-repository mount from this repository of the target registry first.
    void setMountFrom(const QString &repository) { m_mountFrom = repository; }

    void start();
    void abort() override;
    Outcome outcome() const { return m_outcome; }
    int restarts() const { return m_restarts; }

signals:
    void bytesSent(qint64 count); // newly confirmed bytes (negative when an upload restarts)

private:
    void head();
    void post();
    void putMonolithic();
    void patchNext();
    void recoverSession(const Error &error);
    void streamFromSource();
    // Moves what the source download has into the pipe; all: also beyond the pipe's capacity
    // (the download's last bytes, already bounded by its read buffer).
    void pumpSource(bool all = false);
    void complete();
    void restart(const Error &error);
    bool takeLocation(const RegistryReply *reply);
    QUrl digestUrl() const;
    RequestSpec uploadSpec(const QByteArray &verb) const;
    void track(RegistryReply *reply);
    void setConfirmed(qint64 bytes);

    QPointer<RegistryClient> m_target;
    QPointer<RegistryClient> m_source;
    QString m_repository;
    QString m_sourceRepository;
    QString m_mountFrom;
    Descriptor m_blob;
    Opener m_opener;
    QUrl m_location;
    qint64 m_chunkSize = 64 * 1024 * 1024;
    qint64 m_monolithicLimit = 8 * 1024 * 1024;
    qint64 m_minChunk = 0;
    qint64 m_offset = 0;    // bytes the server has confirmed
    qint64 m_reported = 0;  // bytes reported through bytesSent
    int m_restarts = 0;
    Outcome m_outcome = Outcome::Uploaded;
    QPointer<RegistryReply> m_reply;
    QPointer<RegistryReply> m_download;
    QIODevice *m_body = nullptr;
    PipeDevice *m_pipe = nullptr;
    std::unique_ptr<Sha256> m_hash;
};

} // namespace berth
