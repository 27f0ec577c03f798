#pragma once
// One blob from a registry to a file: streamed and hashed as it arrives, resumed with Range after
// a dropped connection or stall, and renamed onto its final path only when size and digest match.
// The file work runs on a DiskQueue; this job only moves the bytes from the reply to it, and
// stops reading while the disk is behind.

#include "job.h"
#include "manifest.h"

#include <QByteArray>
#include <QPointer>

#include <memory>

namespace berth {

class BlobSink;
class DiskQueue;
class RegistryClient;
class RegistryReply;

class BlobDownloadJob final : public Job
{
    Q_OBJECT
public:
    static constexpr int MaxResumes = 5;
    // What Qt may hold for the reply while the sink is full; like BlobSink::MaxQueued, small so
    // that the bytes are still in the CPU's cache when they are hashed.
    static constexpr qint64 ReadBuffer = 256 << 10;

    BlobDownloadJob(RegistryClient *client, std::shared_ptr<DiskQueue> disk, const QString &repository,
                    const Descriptor &blob, const QString &finalPath, QObject *parent = nullptr);
    ~BlobDownloadJob() override;

    void start();
    void abort() override;
    int resumes() const { return m_resumes; }

signals:
    void bytesReceived(qint64 count); // newly received bytes (negative when restarted from zero)

private:
    void request();
    void onData();
    void onFinished();
    // Moves what the reply holds to the sink; all of it when the reply is done (Qt deletes it).
    void drain(bool all);
    void complete();
    void stop(const Error &error);

    QPointer<RegistryClient> m_client;
    QPointer<RegistryReply> m_reply;
    QString m_repository;
    Descriptor m_blob;
    std::unique_ptr<BlobSink> m_sink;
    qint64 m_size = 0; // bytes handed to the sink
    qint64 m_requestedFrom = 0;
    bool m_checkedStatus = false;
    bool m_paused = false; // waiting for the sink to make room
    int m_resumes = 0;
};

} // namespace berth
