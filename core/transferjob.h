#pragma once
// Base of pull, push and copy: a queue of child jobs run a few at a time, byte progress and speed,
// and cancellation that reaches every child.

#include "job.h"
#include "manifest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QList>
#include <QPointer>

#include <functional>

namespace berth {

class BlobUploadJob;

class TransferJob : public Job
{
    Q_OBJECT
public:
    explicit TransferJob(QObject *parent = nullptr);

    void setParallel(int n) { m_parallel = qMax(1, n); }
    int parallel() const { return m_parallel; }
    void abort() override;

    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }
    // Bytes per second since the transfer started.
    double speed() const;
    // Blobs the target already had (or that were mounted) and so were not moved.
    int blobsSkipped() const { return m_skipped; }
    int blobsTransferred() const { return m_transferred; }
    // Blobs the transfer has, and those of them complete (moved, or already at the target).
    int blobsTotal() const { return m_blobsTotal; }
    int blobsDone() const { return int(m_blobsComplete.size()); }
    // Of the skipped blobs, those the target mounted from another of its repositories.
    int blobsMounted() const { return m_mounted; }

signals:
    void progress(qint64 done, qint64 total);
    // One blob's bytes: done of its size, which it reaches when the blob is moved or the target
    // already had it. done drops back when a blob starts over.
    void blobProgress(const QString &digest, qint64 done, qint64 size);
    // A line of what is happening, for a log view or a verbose CLI.
    void status(const QString &text);

protected:
    using Starter = std::function<Job *()>;
    // Runs starter when a slot is free; an error of any child fails the whole transfer.
    void enqueue(Starter starter);
    // Called once the queue is empty and nothing runs.
    void whenDrained(std::function<void()> next);
    // One more blob to move: its size counts towards the total.
    void addBlob(const Descriptor &blob);
    // n more bytes of blob moved (negative when it starts over).
    void addBlobBytes(const Descriptor &blob, qint64 n);
    void countSkipped(const Descriptor &blob);
    // A blob moved: complete even when no byte counted (an empty blob).
    void countTransferred(const Descriptor &blob);
    void fail(const Error &error);
    // Counts an upload's bytes as moved, or the whole blob as skipped when the target had it or
    // mounted it.
    void trackUpload(BlobUploadJob *job, const Descriptor &blob);

private:
    void pump();
    // Brings a blob's own progress to its size (once), whatever was counted before.
    void completeBlob(const Descriptor &blob);

    QList<Starter> m_queue;
    QList<QPointer<Job>> m_running;
    std::function<void()> m_drained;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_blobDone; // by digest
    QSet<QString> m_blobsComplete;
    int m_blobsTotal = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    int m_parallel = 6;
    int m_skipped = 0;
    int m_transferred = 0;
    int m_mounted = 0;
    bool m_stopping = false;
};

} // namespace berth
