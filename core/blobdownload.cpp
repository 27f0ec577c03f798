#include "blobdownload.h"

#include "blobsink.h"
#include "diskqueue.h"
#include "logging.h"
#include "registryclient.h"

using namespace Qt::StringLiterals;

namespace berth {

BlobDownloadJob::BlobDownloadJob(RegistryClient *client, std::shared_ptr<DiskQueue> disk, const QString &repository,
                                 const Descriptor &blob, const QString &finalPath, QObject *parent)
    : Job(parent ? parent : client)
    , m_client(client)
    , m_repository(repository)
    , m_blob(blob)
{
    BlobSink::Callbacks callbacks;
    callbacks.drained = [this] {
        m_paused = false;
        if (!isFinished())
            drain(false);
    };
    callbacks.failed = [this](const Error &error) {
        if (!isFinished())
            stop(error);
    };
    m_sink = std::make_unique<BlobSink>(std::move(disk), finalPath, this, std::move(callbacks));
}

BlobDownloadJob::~BlobDownloadJob() = default;

void BlobDownloadJob::start()
{
    // What an earlier, interrupted run left beside the final path is continued.
    m_sink->open([this](qint64 size, const Error &error) {
        if (isFinished())
            return;
        if (error)
            return finish(error);
        if (m_blob.size >= 0 && size > m_blob.size) {
            m_sink->reset();
            size = 0;
        }
        m_size = size;
        if (m_size > 0)
            emit bytesReceived(m_size);
        request();
    });
}

void BlobDownloadJob::abort()
{
    if (m_reply)
        m_reply->abort();
    // The partial file goes with the job; nothing is ever at the final path unless verified.
    m_sink->cancel();
    Job::abort();
}

void BlobDownloadJob::request()
{
    RequestSpec spec;
    spec.path = RegistryClient::blobPath(m_repository, m_blob.digest);
    spec.stream = true;
    spec.readBufferSize = ReadBuffer;
    spec.scopes = {Scope::repository(m_repository, {u"pull"_s})};
    spec.context = {m_client->registry(), m_repository + u'@' + m_blob.digest, u"pull"_s};
    m_requestedFrom = m_size;
    if (m_requestedFrom > 0)
        spec.headers.append({"Range", "bytes=" + QByteArray::number(m_requestedFrom) + '-'});
    m_checkedStatus = false;
    m_paused = false;
    RegistryReply *reply = m_client->send(spec);
    m_reply = reply;
    connect(reply, &RegistryReply::readyRead, this, &BlobDownloadJob::onData);
    connect(reply, &Job::finished, this, &BlobDownloadJob::onFinished);
}

void BlobDownloadJob::onData()
{
    if (!m_paused && !isFinished())
        drain(false);
}

void BlobDownloadJob::drain(bool all)
{
    RegistryReply *reply = m_reply;
    if (!reply || reply->bytesAvailable() <= 0)
        return;
    if (!m_checkedStatus) {
        m_checkedStatus = true;
        if (m_requestedFrom > 0 && reply->status() != 206) {
            // The server ignored Range: start over.
            m_sink->reset();
            emit bytesReceived(-m_size);
            m_size = 0;
        }
    }
    qint64 received = 0;
    while (reply->bytesAvailable() > 0) {
        if (!all && m_sink->full() && m_sink->waitForRoom()) {
            m_paused = true; // Qt stops reading the socket once the reply's buffer is full
            break;
        }
        // Reading what is there at once hands over Qt's own buffer when it holds one piece.
        const QByteArray chunk = reply->read(reply->bytesAvailable());
        if (chunk.isEmpty())
            break;
        if (m_blob.size >= 0 && m_size + chunk.size() > m_blob.size)
            return stop(Error::make(ErrorKind::Integrity, tr("%1 sent more than the %2 bytes of blob %3.")
                                                              .arg(m_client->registry()).arg(m_blob.size).arg(m_blob.digest)));
        m_sink->write(chunk);
        m_size += chunk.size();
        received += chunk.size();
    }
    if (received > 0)
        emit bytesReceived(received);
}

void BlobDownloadJob::stop(const Error &error)
{
    // The reply's own "cancelled" must not stand in for the reason.
    if (RegistryReply *reply = m_reply) {
        reply->disconnect(this);
        reply->abort();
    }
    m_reply = nullptr;
    m_sink->cancel();
    finish(error);
}

void BlobDownloadJob::onFinished()
{
    RegistryReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    drain(true);
    if (!isFinished())
        complete();
}

void BlobDownloadJob::complete()
{
    const Error error = m_reply->error();
    m_reply = nullptr;
    if (error) {
        const bool transient = error.kind == ErrorKind::Network || error.kind == ErrorKind::Server
            || error.kind == ErrorKind::RateLimited;
        if (transient && m_resumes < MaxResumes) {
            ++m_resumes;
            qCInfo(lcTransfer) << "resuming" << m_blob.digest << "at byte" << m_size << "after:" << error.message;
            request();
            return;
        }
        finish(error);
        return;
    }
    if (m_blob.size >= 0 && m_size < m_blob.size && m_resumes < MaxResumes) {
        ++m_resumes; // the connection ended early without an error: continue where it stopped
        request();
        return;
    }
    m_sink->commit(m_blob.digest, m_blob.size, [this](const Error &commitError) {
        if (isFinished())
            return;
        if (commitError) {
            Error e = commitError;
            e.message = tr("Blob %1 of %2: %3").arg(m_blob.digest, m_repository, commitError.message);
            return finish(e);
        }
        finish();
    });
}

} // namespace berth
