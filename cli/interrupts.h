#pragma once
// SIGINT and SIGTERM as a Qt signal in the thread that made the watcher, while it exists, so that
// berthctl can cancel a transfer and let it clean up (temporary files, upload sessions) instead of
// dying with them left behind. Only one watcher at a time; the earlier handlers come back with its
// destruction, so a prompt or a listing is interrupted as usual. A signal berthctl was started
// with ignored stays ignored.

#include <QObject>

class QSocketNotifier;

namespace berth::cli {

class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace berth::cli
