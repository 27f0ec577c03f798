#include "streamdevices.h"

#include <cstring>

namespace berth {

RangeDevice::RangeDevice(std::unique_ptr<QIODevice> source, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent), m_source(std::move(source)), m_offset(offset), m_length(length)
{
    open(QIODevice::ReadOnly);
    m_source->seek(m_offset);
}

RangeDevice::~RangeDevice() = default;

bool RangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_source->seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 RangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return -1;
    return m_source->read(data, qMin(maxSize, left));
}

PipeDevice::PipeDevice(qint64 capacity, QObject *parent)
    : QIODevice(parent), m_buffer(capacity, Qt::Uninitialized), m_capacity(capacity)
{
    open(QIODevice::ReadOnly);
}

char *PipeDevice::writePointer(qint64 size)
{
    if (m_end + size > m_buffer.size()) {
        // One fixed allocation: unread bytes move to the front instead of the buffer growing.
        std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(m_end - m_begin));
        m_end -= m_begin;
        m_begin = 0;
        if (m_end + size > m_buffer.size()) // only a source's final bytes exceed the capacity
            m_buffer.resize(m_end + size);
    }
    return m_buffer.data() + m_end;
}

void PipeDevice::commitWrite(qint64 size)
{
    if (size <= 0)
        return;
    const bool wasEmpty = m_end == m_begin;
    m_end += size;
    // Every readyRead crosses to the network thread and back: only a reader that found the
    // pipe empty waits for one; a busy one asks for more by itself.
    if (wasEmpty)
        emit readyRead();
}

void PipeDevice::feed(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    std::memcpy(writePointer(size), data, size_t(size));
    commitWrite(size);
}

void PipeDevice::endOfData()
{
    m_ended = true;
    emit readyRead();
}

qint64 PipeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_end - m_begin);
    if (n <= 0)
        return m_ended ? -1 : 0;
    std::memcpy(data, m_buffer.constData() + m_begin, size_t(n));
    m_begin += n;
    if (m_begin == m_end)
        m_begin = m_end = 0;
    if (!m_drainPending && buffered() < m_capacity / 2) {
        // Queued: the reader is inside read(); the feeder must not re-enter it.
        m_drainPending = true;
        QMetaObject::invokeMethod(this, [this] {
            m_drainPending = false;
            emit drained();
        }, Qt::QueuedConnection);
    }
    return n;
}

} // namespace berth
