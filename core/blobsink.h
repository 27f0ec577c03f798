#pragma once
// Where a downloaded blob's bytes go: a BlobFile driven on a DiskQueue, so hashing and writing
// never hold up the thread that reads the network. What is handed over but not yet written is
// bounded: past MaxQueued the reader pauses, and drained() says when to go on.
// Results come back as queued calls in the receiver's thread; none arrive once the sink is gone.

#include "error.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace berth {

class DiskQueue;

class BlobSink final
{
public:
    // Small on purpose: bytes that wait long are out of the CPU's cache by the time they are
    // hashed and written. Pulling 1 GiB from a local registry: 2.4-2.7 s with 256 KiB, 3.0-3.5 s
    // with 4 MiB.
    static constexpr qint64 MaxQueued = 256 << 10;

    struct Callbacks {
        std::function<void()> drained;               // room again after waitForRoom() returned true
        std::function<void(const Error &)> failed;   // a write or reset failed; later writes are dropped
    };

    BlobSink(std::shared_ptr<DiskQueue> queue, const QString &finalPath, QObject *receiver, Callbacks callbacks);
    ~BlobSink(); // writes still queued are dropped; an uncommitted partial file is removed
    BlobSink(const BlobSink &) = delete;
    BlobSink &operator=(const BlobSink &) = delete;

    // Continues the partial file an earlier run left beside finalPath (its bytes are hashed
    // again), else creates one. done(bytes already there, error).
    void open(std::function<void(qint64, const Error &)> done);
    void write(const QByteArray &chunk);
    bool full() const;
    // true: wait for drained(); false: there is room already.
    bool waitForRoom();
    // Drops what was written (a server that ignored Range sends the whole blob again).
    void reset();
    // Checks size and digest, then renames onto the final path; done(error) (Integrity on a mismatch).
    void commit(const QString &digest, qint64 size, std::function<void(const Error &)> done);
    // Stops: queued writes are dropped and the partial file is removed.
    void cancel();

private:
    struct State;
    std::shared_ptr<DiskQueue> m_queue;
    std::shared_ptr<State> m_state;
};

} // namespace berth
