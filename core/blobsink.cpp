#include "blobsink.h"

#include "blobfile.h"
#include "diskqueue.h"

#include <QObject>

#include <atomic>
#include <mutex>

namespace berth {

struct BlobSink::State {
    State(const QString &path, QObject *r, Callbacks c) : file(path), receiver(r), callbacks(std::move(c)) {}

    BlobFile file; // on the disk thread only, once the sink has been constructed
    std::atomic<qint64> queued{0};
    std::atomic<bool> wantDrained{false};
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    QObject *receiver; // guarded by mutex; null once the sink is gone
    const Callbacks callbacks;
};

namespace {

// Calls f in the receiver's thread, unless the sink is gone by then.
template <typename State, typename F>
void notify(const std::shared_ptr<State> &s, F f)
{
    std::lock_guard lock(s->mutex);
    if (s->receiver) {
        QMetaObject::invokeMethod(s->receiver, [s, f = std::move(f)] {
            if (s->receiver) // the receiver's thread, where the sink goes: no race
                f();
        }, Qt::QueuedConnection);
    }
}

} // namespace

BlobSink::BlobSink(std::shared_ptr<DiskQueue> queue, const QString &finalPath, QObject *receiver, Callbacks callbacks)
    : m_queue(std::move(queue))
    , m_state(std::make_shared<State>(finalPath, receiver, std::move(callbacks)))
{
}

BlobSink::~BlobSink()
{
    cancel();
    std::lock_guard lock(m_state->mutex);
    m_state->receiver = nullptr;
}

void BlobSink::open(std::function<void(qint64, const Error &)> done)
{
    m_queue->post([s = m_state, done = std::move(done)] {
        if (s->cancelled)
            return;
        Error error;
        bool opened = false;
        const QStringList partials = BlobFile::existingPartials(s->file.finalPath());
        if (!partials.isEmpty())
            opened = s->file.resume(partials.first(), &error);
        if (!opened && !s->file.open(&error)) {
            notify(s, [done, error] { done(0, error); });
            return;
        }
        const qint64 size = s->file.size();
        notify(s, [done, size] { done(size, Error()); });
    });
}

void BlobSink::write(const QByteArray &chunk)
{
    m_state->queued += chunk.size();
    m_queue->post([s = m_state, chunk] {
        if (!s->cancelled && !s->file.error() && !s->file.write(chunk)) {
            const Error error = s->file.error();
            notify(s, [s, error] { s->callbacks.failed(error); });
        }
        const qint64 left = s->queued -= chunk.size();
        if (left <= MaxQueued / 2 && s->wantDrained.exchange(false))
            notify(s, [s] { s->callbacks.drained(); });
    });
}

bool BlobSink::full() const
{
    return m_state->queued >= MaxQueued;
}

bool BlobSink::waitForRoom()
{
    m_state->wantDrained = true;
    // The disk thread may have drained the queue between full() and here.
    return !(m_state->queued <= MaxQueued / 2 && m_state->wantDrained.exchange(false));
}

void BlobSink::reset()
{
    m_queue->post([s = m_state] {
        Error error;
        if (!s->cancelled && !s->file.reset(&error))
            notify(s, [s, error] { s->callbacks.failed(error); });
    });
}

void BlobSink::commit(const QString &digest, qint64 size, std::function<void(const Error &)> done)
{
    m_queue->post([s = m_state, digest, size, done = std::move(done)] {
        if (s->cancelled)
            return;
        Error error;
        s->file.commit(digest, size, &error);
        notify(s, [done, error] { done(error); });
    });
}

void BlobSink::cancel()
{
    if (m_state->cancelled.exchange(true))
        return;
    // Removes the partial file after whatever write is running; nothing is written after it.
    m_queue->post([s = m_state] { s->file.abort(); });
}

} // namespace berth
