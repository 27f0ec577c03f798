#include "transferjob.h"

#include "blobupload.h"

namespace berth {

TransferJob::TransferJob(QObject *parent) : Job(parent)
{
    m_clock.start();
}

double TransferJob::speed() const
{
    const qint64 ms = m_clock.elapsed();
    return ms > 0 ? double(m_done) * 1000.0 / double(ms) : 0.0;
}

void TransferJob::abort()
{
    m_stopping = true;
    m_queue.clear();
    const auto running = std::exchange(m_running, {});
    for (const QPointer<Job> &job : running) {
        if (job)
            job->abort();
    }
    Job::abort();
}

void TransferJob::fail(const Error &error)
{
    if (isFinished() || m_stopping)
        return;
    m_stopping = true; // the children's Cancelled errors that follow are not the reason
    m_queue.clear();
    const auto running = std::exchange(m_running, {});
    for (const QPointer<Job> &job : running) {
        if (job)
            job->abort();
    }
    finish(error);
}

void TransferJob::enqueue(Starter starter)
{
    m_queue.append(std::move(starter));
    pump();
}

void TransferJob::whenDrained(std::function<void()> next)
{
    m_drained = std::move(next);
    pump();
}

void TransferJob::pump()
{
    while (!isFinished() && m_running.size() < m_parallel && !m_queue.isEmpty()) {
        Job *job = m_queue.takeFirst()();
        if (!job)
            continue; // nothing to do for this one
        m_running.append(job);
        connect(job, &Job::finished, this, [this, job] {
            m_running.removeAll(QPointer<Job>(job));
            if (isFinished() || m_stopping)
                return;
            if (job->error()) {
                fail(job->error());
                return;
            }
            pump();
        });
    }
    if (!isFinished() && m_running.isEmpty() && m_queue.isEmpty() && m_drained) {
        auto next = std::exchange(m_drained, {});
        next();
    }
}

void TransferJob::addBlob(const Descriptor &blob)
{
    m_total += blob.size;
    ++m_blobsTotal;
    emit progress(m_done, m_total);
}

void TransferJob::addBlobBytes(const Descriptor &blob, qint64 n)
{
    qint64 &done = m_blobDone[blob.digest];
    done += n;
    m_done += n;
    if (done == blob.size)
        m_blobsComplete.insert(blob.digest);
    else
        m_blobsComplete.remove(blob.digest);
    emit blobProgress(blob.digest, done, blob.size);
    emit progress(m_done, m_total);
}

void TransferJob::trackUpload(BlobUploadJob *job, const Descriptor &blob)
{
    connect(job, &BlobUploadJob::bytesSent, this, [this, job, blob](qint64 n) {
        if (job->outcome() == BlobUploadJob::Outcome::Uploaded)
            addBlobBytes(blob, n);
    });
    connect(job, &Job::finished, this, [this, job, blob] {
        if (job->error())
            return;
        if (job->outcome() == BlobUploadJob::Outcome::Uploaded)
            countTransferred(blob);
        else
            countSkipped(blob);
        if (job->outcome() == BlobUploadJob::Outcome::Mounted)
            ++m_mounted;
    });
}

void TransferJob::countTransferred(const Descriptor &blob)
{
    ++m_transferred;
    completeBlob(blob);
}

void TransferJob::countSkipped(const Descriptor &blob)
{
    ++m_skipped;
    completeBlob(blob);
}

void TransferJob::completeBlob(const Descriptor &blob)
{
    if (!m_blobsComplete.contains(blob.digest))
        addBlobBytes(blob, blob.size - m_blobDone.value(blob.digest));
}

} // namespace berth
