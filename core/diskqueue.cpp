#include "diskqueue.h"

#ifdef __linux__
#include <pthread.h>
#endif

namespace berth {

DiskQueue::DiskQueue() : m_thread([this] { run(); })
{
#ifdef __linux__
    pthread_setname_np(m_thread.native_handle(), "berth-disk");
#endif
}

DiskQueue::~DiskQueue()
{
    close();
    m_thread.join();
}

void DiskQueue::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_closed) {
            m_tasks.push_back(std::move(task));
            m_wake.notify_one();
            return;
        }
    }
    // Closed: the task goes here, outside the lock (its captures may own files).
}

void DiskQueue::close()
{
    std::deque<std::function<void()>> dropped;
    {
        std::unique_lock lock(m_mutex);
        m_closed = true;
        dropped.swap(m_tasks);
        m_wake.notify_one();
        m_idle.wait(lock, [this] { return !m_busy; });
    }
}

void DiskQueue::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_busy && m_tasks.empty(); });
}

void DiskQueue::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_closed || !m_tasks.empty(); });
        if (m_tasks.empty())
            return; // closed and nothing left
        std::function<void()> task = std::move(m_tasks.front());
        m_tasks.pop_front();
        m_busy = true;
        lock.unlock();
        task();
        task = nullptr; // what it captured is released before the queue counts as idle
        lock.lock();
        m_busy = false;
        if (m_tasks.empty())
            m_idle.notify_all();
    }
}

} // namespace berth
