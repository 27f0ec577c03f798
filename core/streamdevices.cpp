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

PipeDevice::PipeDevice(qint64 capacity, QObject *parent) : QIODevice(parent), m_capacity(capacity)
{
    open(QIODevice::ReadOnly);
}

void PipeDevice::feed(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    if (m_readPos > 0 && m_readPos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_readPos);
        m_readPos = 0;
    }
    m_buffer.append(data);
    emit readyRead();
}

void PipeDevice::endOfData()
{
    m_ended = true;
    emit readyRead();
}

qint64 PipeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_buffer.size()) - m_readPos);
    if (n <= 0)
        return m_ended ? -1 : 0;
    std::memcpy(data, m_buffer.constData() + m_readPos, size_t(n));
    m_readPos += n;
    if (m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
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
