#pragma once
// One blob from a registry to a file: streamed and hashed as it arrives, resumed with Range after
// a dropped connection or stall, and renamed onto its final path only when size and digest match.

#include "job.h"
#include "manifest.h"

#include <QByteArray>
#include <QPointer>

#include <memory>

namespace berth {

class BlobFile;
class RegistryClient;
class RegistryReply;

class BlobDownloadJob final : public Job
{
    Q_OBJECT
public:
    static constexpr int MaxResumes = 5;

    BlobDownloadJob(RegistryClient *client, const QString &repository, const Descriptor &blob,
                    const QString &finalPath, QObject *parent = nullptr);
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
    void stop(const Error &error);

    QPointer<RegistryClient> m_client;
    QPointer<RegistryReply> m_reply;
    QString m_repository;
    Descriptor m_blob;
    std::unique_ptr<BlobFile> m_file;
    QByteArray m_buffer;
    qint64 m_requestedFrom = 0;
    bool m_checkedStatus = false;
    int m_resumes = 0;
};

} // namespace berth
