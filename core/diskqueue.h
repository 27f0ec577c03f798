#pragma once
// A thread of its own for file work (hashing, writing, fsync, rename), run in the order posted, so
// that the thread reading the network never waits on the disk.

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace berth {

class DiskQueue final
{
public:
    DiskQueue();
    ~DiskQueue(); // closes, then joins the thread
    DiskQueue(const DiskQueue &) = delete;
    DiskQueue &operator=(const DiskQueue &) = delete;

    static std::shared_ptr<DiskQueue> create() { return std::make_shared<DiskQueue>(); }

    // Runs task on the disk thread after everything posted before it. Dropped once closed.
    void post(std::function<void()> task);
    // Drops what waits, returns once the running task is done, and drops everything posted later:
    // after it, nothing touches the disk on this queue's behalf.
    void close();
    // Returns once everything posted so far has run (tests).
    void waitIdle();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::function<void()>> m_tasks;
    bool m_busy = false;
    bool m_closed = false;
    std::thread m_thread;
};

} // namespace berth
