#pragma once
// QIODevices for streaming uploads: a window onto part of another device (chunks of a file or of
// a tar entry), and a bounded pipe that carries a download straight into an upload.

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace berth {

// Bytes [offset, offset + length) of a random-access device, itself random-access (so a request
// can be re-sent after seek(0)).
class RangeDevice final : public QIODevice
{
    Q_OBJECT
public:
    RangeDevice(std::unique_ptr<QIODevice> source, qint64 offset, qint64 length, QObject *parent = nullptr);
    ~RangeDevice() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool atEnd() const override { return pos() >= m_length; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<QIODevice> m_source;
    qint64 m_offset;
    qint64 m_length;
};

// A sequential device fed by feed(); the reader (an upload) drains it. drained() asks the feeder
// for more once it falls below half its capacity, which keeps memory bounded.
class PipeDevice final : public QIODevice
{
    Q_OBJECT
public:
    explicit PipeDevice(qint64 capacity, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return buffered() + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_ended && buffered() == 0; }
    qint64 buffered() const { return m_end - m_begin; }
    qint64 space() const { return m_capacity - buffered(); }

    void feed(const char *data, qint64 size);
    // Room for size bytes at the end, to be filled and then committed (no copy through a buffer
    // of the feeder's own). Valid until the next write or feed.
    char *writePointer(qint64 size);
    void commitWrite(qint64 size);
    void feed(const QByteArray &data) { feed(data.constData(), data.size()); }
    void endOfData();

signals:
    void drained();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_buffer; // bytes [m_begin, m_end) are unread
    qint64 m_begin = 0;
    qint64 m_end = 0;
    qint64 m_capacity;
    bool m_ended = false;
    bool m_drainPending = false;
};

} // namespace berth
