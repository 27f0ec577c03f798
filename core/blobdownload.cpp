#include "blobdownload.h"

#include "blobfile.h"
#include "logging.h"
#include "registryclient.h"

using namespace Qt::StringLiterals;

namespace berth {

BlobDownloadJob::BlobDownloadJob(RegistryClient *client, const QString &repository, const Descriptor &blob,
                                 const QString &finalPath, QObject *parent)
    : Job(parent ? parent : client)
    , m_client(client)
    , m_repository(repository)
    , m_blob(blob)
    , m_file(std::make_unique<BlobFile>(finalPath))
{
}

BlobDownloadJob::~BlobDownloadJob() = default;

void BlobDownloadJob::start()
{
    Error error;
    // What an earlier, interrupted run left beside the final path is continued.
    const QStringList partials = BlobFile::existingPartials(m_file->finalPath());
    bool opened = false;
    if (!partials.isEmpty()) {
        opened = m_file->resume(partials.first(), &error);
        if (opened && m_blob.size >= 0 && m_file->size() > m_blob.size)
            opened = m_file->reset(&error);
    }
    if (!opened && !m_file->open(&error)) {
        QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_file->size() > 0)
        emit bytesReceived(m_file->size());
    request();
}

void BlobDownloadJob::abort()
{
    if (m_reply)
        m_reply->abort();
    // The partial file goes with the job; nothing is ever at the final path unless verified.
    Job::abort();
}

void BlobDownloadJob::request()
{
    RequestSpec spec;
    spec.path = RegistryClient::blobPath(m_repository, m_blob.digest);
    spec.stream = true;
    spec.scopes = {Scope::repository(m_repository, {u"pull"_s})};
    spec.context = {m_client->registry(), m_repository + u'@' + m_blob.digest, u"pull"_s};
    m_requestedFrom = m_file->size();
    if (m_requestedFrom > 0)
        spec.headers.append({"Range", "bytes=" + QByteArray::number(m_requestedFrom) + '-'});
    m_checkedStatus = false;
    RegistryReply *reply = m_client->send(spec);
    m_reply = reply;
    connect(reply, &RegistryReply::readyRead, this, &BlobDownloadJob::onData);
    connect(reply, &Job::finished, this, &BlobDownloadJob::onFinished);
}

void BlobDownloadJob::onData()
{
    RegistryReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    if (!m_checkedStatus) {
        m_checkedStatus = true;
        if (m_requestedFrom > 0 && reply->status() != 206) {
            // The server ignored Range: start over.
            const qint64 had = m_file->size();
            Error error;
            if (!m_file->reset(&error))
                return stop(error);
            emit bytesReceived(-had);
        }
    }
    // One buffer for the job's life: a fresh large allocation per chunk costs page faults.
    if (m_buffer.isEmpty())
        m_buffer.resize(256 * 1024);
    qint64 received = 0;
    while (reply->bytesAvailable() > 0) {
        const qint64 n = reply->read(m_buffer.data(), m_buffer.size());
        if (n <= 0)
            break;
        if (m_blob.size >= 0 && m_file->size() + n > m_blob.size)
            return stop(Error::make(ErrorKind::Integrity, tr("%1 sent more than the %2 bytes of blob %3.")
                                                              .arg(m_client->registry()).arg(m_blob.size).arg(m_blob.digest)));
        if (!m_file->write(m_buffer.constData(), n))
            return stop(m_file->error());
        received += n;
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
    finish(error);
}

void BlobDownloadJob::onFinished()
{
    RegistryReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    onData();
    if (isFinished())
        return;
    const Error error = reply->error();
    m_reply = nullptr;
    if (error) {
        const bool transient = error.kind == ErrorKind::Network || error.kind == ErrorKind::Server
            || error.kind == ErrorKind::RateLimited;
        if (transient && m_resumes < MaxResumes) {
            ++m_resumes;
            qCInfo(lcTransfer) << "resuming" << m_blob.digest << "at byte" << m_file->size() << "after:" << error.message;
            request();
            return;
        }
        finish(error);
        return;
    }
    if (m_blob.size >= 0 && m_file->size() < m_blob.size && m_resumes < MaxResumes) {
        ++m_resumes; // the connection ended early without an error: continue where it stopped
        request();
        return;
    }
    Error commitError;
    if (!m_file->commit(m_blob.digest, m_blob.size, &commitError)) {
        commitError.message = tr("Blob %1 of %2: %3").arg(m_blob.digest, m_repository, commitError.message);
        finish(commitError);
        return;
    }
    finish();
}

} // namespace berth
